import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorSchema } from "@fcs/contracts/error";
import { ProgressSchema } from "@fcs/contracts/progress";
import { Type } from "typebox";
import { createRegionRepository } from "../regions/repository.ts";
import { createProgressRepository } from "./repository.ts";

/** The county coordinator's live view of a collection period: who has answers, whose follow-up is where. */
export const progressRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repository = createProgressRepository(app.db, app.countsRollup);
  const regions = createRegionRepository(app.db);
  app.get(
    "/api/regions/:code/progress",
    {
      onRequest: app.authorize("progress.read"),
      schema: {
        tags: ["progress"],
        summary: "Per centre of the region: answers so far per survey and the follow-up's status (counts only)",
        security: [{ bearerAuth: [] }],
        params: Type.Object({ code: Type.String({ pattern: "^[0-9]{2}$", description: "SCB county code" }) }),
        querystring: Type.Object(
          { year: Type.Integer({ minimum: 2000, maximum: 2100 }) },
          { additionalProperties: false },
        ),
        response: { 200: ProgressSchema, 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const { code } = request.params;
      const { year } = request.query;
      await regions.ensureInScope(request.actor.scope, code);
      return { year, centres: await repository.regionProgress(request.actor.scope, code, year) };
    },
  );
};
