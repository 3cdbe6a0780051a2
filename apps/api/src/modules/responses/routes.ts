import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { kioskEndpoints as endpoints } from "@fcs/contracts/collection";
import type { Clock } from "../../clock.ts";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import type { PeriodAccess } from "../collection/period-access.ts";
import type { TokenAccess } from "../collection/token-access.ts";
import { createResponseRepository } from "./repository.ts";
import { createResponseService, type LinkLimit } from "./service.ts";

export interface ResponseRouteOptions {
  clock: Clock;
  tokenAccess: TokenAccess;
  periodAccess: PeriodAccess;
  /** Submissions per minute per collection token. */
  rateLimitPerMinute: number;
  /** Submissions per hour per client through a link, and the secret that keys the client's hash. */
  linkLimit: LinkLimit;
}

export const responseRoutes: FastifyPluginAsyncTypebox<ResponseRouteOptions> = async (app, options) => {
  const service = createResponseService(
    createResponseRepository(app.db),
    { tokens: options.tokenAccess, periods: options.periodAccess },
    options.clock,
    app.countsRollup,
    options.linkLimit,
  );

  app.route({
    ...endpointRoute(app, endpoints.submit),
    config: {
      // Per token, so one busy link cannot starve the others; generous for a tablet in a full waiting room.
      rateLimit: {
        max: options.rateLimitPerMinute,
        timeWindow: 60_000,
        keyGenerator: (request) => `token:${String(request.headers["x-collection-token"] ?? request.ip)}`,
      },
    },
    handler: async (request, reply) => {
      const outcome = await service.submit(request.headers["x-collection-token"], request.body, request.ip);
      return reply.status(outcome.status === "stored" ? 201 : 200).send({ id: request.body.id, ...outcome });
    },
  });
};
