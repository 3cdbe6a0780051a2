import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { exclusionEndpoints as endpoints } from "@fcs/contracts/exclusions";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createCentreRepository } from "../centres/repository.ts";
import { createCollectionRepository } from "../collection/repository.ts";
import { createExclusionRepository } from "./repository.ts";
import { createExclusionService } from "./service.ts";

/** The answers each tablet and link brought in, and leaving a stuffed link's answers out of the results. */
export const exclusionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createExclusionService(
    createExclusionRepository(app.db),
    createCentreRepository(app.db),
    createCollectionRepository(app.db, app.countsRollup),
  );

  app.route({
    ...endpointRoute(app, endpoints.activity),
    handler: async (request) => service.activity(request.actor, request.params.id, request.query.year),
  });

  app.route({
    ...endpointRoute(app, endpoints.exclude),
    handler: async (request, reply) =>
      reply.status(201).send(await service.exclude(request.actor, request.params.id, request.body)),
  });

  app.route({
    ...endpointRoute(app, endpoints.revoke),
    handler: async (request, reply) => {
      await service.revoke(request.actor, request.params.id, request.params.exclusionId);
      return reply.status(204).send(null);
    },
  });
};
