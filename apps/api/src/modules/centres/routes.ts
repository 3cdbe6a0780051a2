import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  CentreListQuerySchema,
  CentreListSchema,
  CentreParamsSchema,
  CentreSchema,
  CreateCentreBodySchema,
  UpdateCentreBodySchema,
} from "@fcs/contracts/centres";
import { ErrorSchema } from "@fcs/contracts/error";
import { createCentreRepository } from "./repository.ts";
import { createCentreService } from "./service.ts";

export const centreRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createCentreService(createCentreRepository(app.db));

  app.get(
    "/api/centres",
    {
      onRequest: app.authorize("centres.read"),
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
      onRequest: app.authorize("centres.read"),
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

  const manage = { onRequest: app.authorize("centres.manage") };
  const writeErrors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

  app.post(
    "/api/centres",
    {
      ...manage,
      schema: {
        tags: ["centres"],
        summary: "Create a centre in one of the caller's region's municipalities (logged)",
        security: [{ bearerAuth: [] }],
        body: CreateCentreBodySchema,
        response: { 201: CentreSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.createCentre(request.actor, request.body);
    },
  );

  app.patch(
    "/api/centres/:id",
    {
      ...manage,
      schema: {
        tags: ["centres"],
        summary: "Edit a centre; an end date deactivates it, null reactivates it (logged with the values before)",
        security: [{ bearerAuth: [] }],
        params: CentreParamsSchema,
        body: UpdateCentreBodySchema,
        response: { 200: CentreSchema, ...writeErrors },
      },
    },
    async (request) => service.updateCentre(request.actor, request.params.id, request.body),
  );
};
