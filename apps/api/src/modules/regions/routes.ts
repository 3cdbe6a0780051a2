import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { ErrorSchema } from "../../schemas/error.ts";
import { createRegionRepository } from "./repository.ts";

export const MunicipalityListSchema = Type.Object({
  municipalities: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
});

export const RegionListSchema = Type.Object({
  regions: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), shortName: Type.String() })),
});

/** The regions the caller administers, and a region's municipalities, for placing a centre or a user. */
export const regionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repository = createRegionRepository(app.db);
  app.get(
    "/api/regions",
    {
      onRequest: app.authorize(["admin", "county_coordinator"]),
      schema: {
        tags: ["regions"],
        summary: "The regions the caller administers: every region for an administrator",
        security: [{ bearerAuth: [] }],
        response: { 200: RegionListSchema, 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    async (request) => ({ regions: await repository.inScope(request.actor.scope) }),
  );
  app.get(
    "/api/regions/:code/municipalities",
    {
      onRequest: app.authorize(["admin", "county_coordinator"]),
      schema: {
        tags: ["regions"],
        summary: "The municipalities of a region the caller administers",
        security: [{ bearerAuth: [] }],
        params: Type.Object({ code: Type.String({ pattern: "^[0-9]{2}$", description: "SCB county code" }) }),
        response: {
          200: MunicipalityListSchema,
          400: ErrorSchema,
          401: ErrorSchema,
          403: ErrorSchema,
          404: ErrorSchema,
        },
      },
    },
    async (request) => {
      await repository.ensureInScope(request.actor.scope, request.params.code);
      return { municipalities: await repository.municipalities(request.params.code) };
    },
  );
};
