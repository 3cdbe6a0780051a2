import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { AuditLogSchema, type LogKind, logKinds } from "@fcs/contracts/audit";
import { ErrorSchema } from "@fcs/contracts/error";
import { Type } from "typebox";
import { createRegionRepository } from "../regions/repository.ts";
import { createAuditRepository } from "./repository.ts";

/** The county coordinator reads who did what in the region's year: follow-up steps, period changes, centre changes. */
export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const regions = createRegionRepository(app.db);
  const repository = createAuditRepository(app.db);
  app.get(
    "/api/regions/:code/audit-log",
    {
      onRequest: app.authorize("audit.read"),
      schema: {
        tags: ["audit"],
        summary: "The region's audit log for an activity year, newest first",
        security: [{ bearerAuth: [] }],
        params: Type.Object({ code: Type.String({ pattern: "^[0-9]{2}$", description: "SCB county code" }) }),
        querystring: Type.Object(
          {
            year: Type.Integer({ minimum: 2000, maximum: 2100 }),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
            kind: Type.Optional(
              Type.Enum(Object.keys(logKinds) as LogKind[], {
                description:
                  "Only entries of one kind: security (sign-ins, passwords, tablets, links, PINs), follow_up, …",
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: AuditLogSchema, 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const { code } = request.params;
      const { year, limit, kind } = request.query;
      await regions.ensureInScope(request.actor.scope, code);
      const entries = await repository.regionLog(code, year, limit ?? 200, kind);
      return { year, entries: entries.map((e) => ({ ...e, at: e.at.toISOString() })) };
    },
  );
};
