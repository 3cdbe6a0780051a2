import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { CentreParamsSchema } from "@fcs/contracts/collection";
import { ErrorSchema } from "@fcs/contracts/error";
import {
  ActivityQuerySchema,
  CreateExclusionBodySchema,
  ExclusionParamsSchema,
  ExclusionSchema,
  TokenActivitySchema,
} from "@fcs/contracts/exclusions";
import { Type } from "typebox";
import { createCentreRepository } from "../centres/repository.ts";
import { createCollectionRepository } from "../collection/repository.ts";
import { createExclusionRepository } from "./repository.ts";
import { createExclusionService } from "./service.ts";

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

/** The answers each tablet and link brought in, and leaving a stuffed link's answers out of the results. */
export const exclusionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createExclusionService(
    createExclusionRepository(app.db),
    createCentreRepository(app.db),
    createCollectionRepository(app.db, app.countsRollup),
  );
  const guarded = { onRequest: app.authorize("exclusions.manage") };
  const doc = { tags: ["collection"], security: [{ bearerAuth: [] }] };

  app.get(
    "/api/centres/:id/token-activity",
    {
      ...guarded,
      schema: {
        ...doc,
        summary: "Answers per tablet or link and day (counts only), days that stand out flagged, and exclusions",
        params: CentreParamsSchema,
        querystring: ActivityQuerySchema,
        response: { 200: TokenActivitySchema, ...errors },
      },
    },
    async (request) => service.activity(request.actor, request.params.id, request.query.year),
  );

  app.post(
    "/api/centres/:id/exclusions",
    {
      ...guarded,
      schema: {
        ...doc,
        summary: "Leave a tablet's or link's answers of some days out of the results (kept, reversible, logged)",
        params: CentreParamsSchema,
        body: CreateExclusionBodySchema,
        response: { 201: ExclusionSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.exclude(request.actor, request.params.id, request.body)),
  );

  app.post(
    "/api/centres/:id/exclusions/:exclusionId/revoke",
    {
      ...guarded,
      schema: {
        ...doc,
        summary: "Bring excluded answers back into the results with the next publication",
        params: ExclusionParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.revoke(request.actor, request.params.id, request.params.exclusionId);
      return reply.status(204).send(null);
    },
  );
};
