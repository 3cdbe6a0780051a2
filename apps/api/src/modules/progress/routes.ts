import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { progressEndpoints as endpoints } from "@fcs/contracts/progress";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createRegionRepository } from "../regions/repository.ts";
import { createProgressRepository } from "./repository.ts";

/** The county coordinator's live view of a collection period: who has answers, whose follow-up is where. */
export const progressRoutes: FastifyPluginAsyncTypebox<{ threshold: number }> = async (app, options) => {
  const repository = createProgressRepository(app.db, app.countsRollup);
  const regions = createRegionRepository(app.db);
  app.route({
    ...endpointRoute(app, endpoints.get),
    handler: async (request) => {
      const { code } = request.params;
      const { year } = request.query;
      await regions.ensureInScope(request.actor.scope, code);
      return {
        year,
        threshold: options.threshold,
        centres: await repository.regionProgress(request.actor.scope, code, year),
      };
    },
  });
};
