import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { resultEndpoints as endpoints } from "@fcs/contracts/results";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import type { ResultsServices } from "./module.ts";

/** Results of the anonymous surveys, aggregated and suppressed; every figure that leaves goes through one tree. */
export const resultRoutes: FastifyPluginAsyncTypebox<{ services: ResultsServices }> = async (app, options) => {
  const { results: service, followUps: followUpFigures } = options.services;

  app.route({
    ...endpointRoute(app, endpoints.followUpFigures),
    handler: async (request) => followUpFigures.figures(request.actor, request.params.year, request.query.scope),
  });

  app.route({
    ...endpointRoute(app, endpoints.trend),
    handler: async (request) => {
      const { scope, from = 2000, to = 2100 } = request.query;
      return service.trend(request.actor, request.params.survey, scope, { from, to });
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.overview),
    handler: async (request) =>
      service.overview(request.actor, request.params.survey, request.params.year, request.query.scope),
  });

  app.route({
    ...endpointRoute(app, endpoints.parts),
    handler: async (request) =>
      service.parts(request.actor, request.params.survey, request.params.year, request.query.scope),
  });

  app.route({
    ...endpointRoute(app, endpoints.comments),
    handler: async (request) =>
      service.comments(request.actor, request.params.survey, request.params.year, request.query.centre),
  });
};
