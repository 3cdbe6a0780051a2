import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { guidelineEndpoints as endpoints } from "@fcs/contracts/guidelines";
import type { GuidelineRule } from "@fcs/surveys";
import type { Clock } from "../../clock.ts";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createRegionRepository } from "../regions/repository.ts";
import { createGuidelineRepository } from "./repository.ts";
import { createGuidelineService } from "./service.ts";

/** "Riktlinjer": the county coordinator keeps the region's rules for a coming year and publishes them. */
export const guidelineRoutes: FastifyPluginAsyncTypebox<{ clock: Clock }> = async (app, options) => {
  const service = createGuidelineService(
    createGuidelineRepository(app.db),
    createRegionRepository(app.db),
    options.clock,
  );

  app.route({
    ...endpointRoute(app, endpoints.get),
    handler: async (request) => service.get(request.actor.scope, request.params.code, request.params.year),
  });

  app.route({
    ...endpointRoute(app, endpoints.save),
    handler: async (request) =>
      service.save(request.actor.scope, request.actor.userId, request.params.code, request.params.year, {
        ...request.body,
        rules: request.body.rules as GuidelineRule[],
      }),
  });

  app.route({
    ...endpointRoute(app, endpoints.publish),
    handler: async (request) =>
      service.publish(
        request.actor.scope,
        request.actor.userId,
        request.params.code,
        request.params.year,
        request.body.version,
      ),
  });
};
