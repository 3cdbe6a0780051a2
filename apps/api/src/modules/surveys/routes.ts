import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { surveyEndpoints as endpoints } from "@fcs/contracts/surveys";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { getSurveyDefinition } from "./service.ts";

export const surveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...endpointRoute(app, endpoints.definition),
    handler: async (request, reply) => {
      reply.header("cache-control", "public, max-age=300");
      return getSurveyDefinition(request.params.kind, request.params.year, request.query.locale ?? "sv");
    },
  });
};
