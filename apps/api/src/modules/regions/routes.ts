import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { regionEndpoints as endpoints } from "@fcs/contracts/regions";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createSecurityLog } from "../audit/security-log.ts";
import { createGuidelineRepository } from "../guidelines/repository.ts";
import { createRegionRepository } from "./repository.ts";
import { createRegionService } from "./service.ts";

/** The regions the caller administers (all of Sweden for an administrator), and a region's municipalities. */
export const regionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repository = createRegionRepository(app.db);
  const service = createRegionService(repository, createSecurityLog(app.db), createGuidelineRepository(app.db));

  app.route({
    ...endpointRoute(app, endpoints.list),
    handler: async (request) => service.list(request.actor),
  });

  app.route({
    ...endpointRoute(app, endpoints.change),
    handler: async (request) => service.change(request.actor, request.params.code, request.body),
  });

  app.route({
    ...endpointRoute(app, endpoints.municipalities),
    handler: async (request) => {
      await repository.ensureInScope(request.actor.scope, request.params.code);
      return { municipalities: await repository.municipalities(request.params.code) };
    },
  });
};
