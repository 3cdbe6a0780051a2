import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { auditEndpoints as endpoints } from "@fcs/contracts/audit";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createRegionRepository } from "../regions/repository.ts";
import { createAuditRepository } from "./repository.ts";

/** The county coordinator reads who did what in the region's year: follow-up steps, period changes, centre changes. */
export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const regions = createRegionRepository(app.db);
  const repository = createAuditRepository(app.db);
  app.route({
    ...endpointRoute(app, endpoints.list),
    handler: async (request) => {
      const { code } = request.params;
      const { year, limit, kind } = request.query;
      await regions.ensureInScope(request.actor.scope, code);
      const entries = await repository.regionLog(code, year, limit ?? 200, kind);
      return { year, entries: entries.map((e) => ({ ...e, at: e.at.toISOString() })) };
    },
  });
};
