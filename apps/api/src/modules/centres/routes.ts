import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { centreEndpoints as endpoints } from "@fcs/contracts/centres";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createCentreRepository } from "./repository.ts";
import { createCentreService } from "./service.ts";

export const centreRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createCentreService(createCentreRepository(app.db));

  app.route({
    ...endpointRoute(app, endpoints.list),
    handler: async (request) => {
      const { region, municipality, includeInactive } = request.query;
      const centres = await service.listCentres(request.actor.scope, {
        regionCode: region,
        municipalityCode: municipality,
        includeInactive: includeInactive ?? false,
      });
      return { centres };
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.get),
    handler: async (request) => service.getCentre(request.actor.scope, request.params.id),
  });

  app.route({
    ...endpointRoute(app, endpoints.create),
    handler: async (request, reply) => {
      reply.code(201);
      return service.createCentre(request.actor, request.body);
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.change),
    handler: async (request) => service.updateCentre(request.actor, request.params.id, request.body),
  });
};
