import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorSchema } from "@fcs/contracts/error";
import {
  MunicipalityListSchema,
  RegionChangeBodySchema,
  RegionListSchema,
  RegionParams,
  RegionSchema,
} from "@fcs/contracts/regions";
import { createSecurityLog } from "../audit/security-log.ts";
import { createRegionRepository } from "./repository.ts";
import { createRegionService } from "./service.ts";

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

/** The regions the caller administers (all of Sweden for an administrator), and a region's municipalities. */
export const regionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repository = createRegionRepository(app.db);
  const service = createRegionService(repository, createSecurityLog(app.db));
  const doc = { tags: ["regions"], security: [{ bearerAuth: [] }] };

  app.get(
    "/api/regions",
    {
      onRequest: app.authorize("regions.read"),
      schema: {
        ...doc,
        summary: "The regions the caller administers, with switch, guideline and size: all 21 for an administrator",
        response: { 200: RegionListSchema, ...errors },
      },
    },
    async (request) => service.list(request.actor),
  );

  app.patch(
    "/api/regions/:code",
    {
      onRequest: app.authorize("regions.manage"),
      schema: {
        ...doc,
        summary: "Switch a region on or off, or choose its guideline (null for none)",
        params: RegionParams,
        body: RegionChangeBodySchema,
        response: { 200: RegionSchema, ...errors },
      },
    },
    async (request) => service.change(request.actor, request.params.code, request.body),
  );

  app.get(
    "/api/regions/:code/municipalities",
    {
      onRequest: app.authorize("regions.read"),
      schema: {
        ...doc,
        summary: "The municipalities of a region the caller administers",
        params: RegionParams,
        response: { 200: MunicipalityListSchema, ...errors },
      },
    },
    async (request) => {
      await repository.ensureInScope(request.actor.scope, request.params.code);
      return { municipalities: await repository.municipalities(request.params.code) };
    },
  );
};
