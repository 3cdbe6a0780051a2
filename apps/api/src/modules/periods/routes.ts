import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { periodEndpoints as endpoints } from "@fcs/contracts/periods";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import type { PeriodAccess } from "../collection/period-access.ts";
import { createRegionRepository } from "../regions/repository.ts";
import { createPeriodRepository } from "./repository.ts";
import { createPeriodService } from "./service.ts";

/** "Årets uppföljning": the county coordinator sets when each survey is collected in the region. */
export const periodRoutes: FastifyPluginAsyncTypebox<{ periodAccess: PeriodAccess }> = async (app, options) => {
  const service = createPeriodService(
    createPeriodRepository(app.db),
    createRegionRepository(app.db),
    options.periodAccess,
  );

  app.route({
    ...endpointRoute(app, endpoints.get),
    handler: async (request) => service.list(request.actor.scope, request.params.code, request.params.year),
  });

  app.route({
    ...endpointRoute(app, endpoints.set),
    handler: async (request) =>
      service.set(
        request.actor.scope,
        request.actor.userId,
        request.params.code,
        request.params.year,
        request.body.periods,
      ),
  });
};
