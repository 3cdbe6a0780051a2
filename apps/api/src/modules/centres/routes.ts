import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { allRoles } from "../../plugins/auth.ts";
import { ErrorSchema } from "../../schemas/error.ts";
import { createCentreRepository } from "./repository.ts";
import { CentreListQuerySchema, CentreListSchema, CentreParamsSchema, CentreSchema } from "./schemas.ts";
import { createCentreService } from "./service.ts";

export const centreRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createCentreService(createCentreRepository(app.db));

  app.get(
    "/api/centres",
    {
      onRequest: app.authorize(allRoles),
      schema: {
        tags: ["centres"],
        summary: "The family centres in the caller's scope",
        security: [{ bearerAuth: [] }],
        querystring: CentreListQuerySchema,
        response: { 200: CentreListSchema, 400: ErrorSchema, 401: ErrorSchema },
      },
    },
    async (request) => {
      const { region, municipality, includeInactive } = request.query;
      const centres = await service.listCentres(request.actor.scope, {
        regionCode: region,
        municipalityCode: municipality,
        includeInactive: includeInactive ?? false,
      });
      return { centres };
    },
  );

  app.get(
    "/api/centres/:id",
    {
      onRequest: app.authorize(allRoles),
      schema: {
        tags: ["centres"],
        summary: "One family centre, if it is in the caller's scope",
        security: [{ bearerAuth: [] }],
        params: CentreParamsSchema,
        response: { 200: CentreSchema, 400: ErrorSchema, 401: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => service.getCentre(request.actor.scope, request.params.id),
  );
};
