import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { healthEndpoints as endpoints } from "@fcs/contracts/health";
import { sql } from "@fcs/db";
import { endpointRoute } from "../../plugins/endpoint-route.ts";

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...endpointRoute(app, endpoints.check),
    handler: async (_request, reply) => {
      const reachable = await app.db.execute(sql`select 1`).then(
        () => true,
        () => false,
      );
      return reply
        .status(reachable ? 200 : 503)
        .send({ status: reachable ? "ok" : "degraded", database: { kind: app.databaseKind, reachable } });
    },
  });
};
