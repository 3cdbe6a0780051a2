import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { collectionEndpoints as collection, kioskEndpoints as endpoints } from "@fcs/contracts/collection";
import type { Clock } from "../../clock.ts";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createSecurityLog } from "../audit/security-log.ts";
import { createCentreRepository } from "../centres/repository.ts";
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

  const centres = createCentreRepository(app.db);
  const security = createSecurityLog(app.db);
  app.route({
    ...endpointRoute(app, collection.enterPaperResponse),
    handler: async (request, reply) => {
      const { actor, params, body } = request;
      await centres.requireInScope(actor.scope, params.id);
      const outcome = await service.enterPaper(params.id, body);
      // Who entered a form, for which survey; never its answers.
      if (outcome.status === "stored")
        await security.record({
          action: "collection.paper_entered",
          actorId: actor.userId,
          centreId: params.id,
          details: { survey: body.survey, year: body.year, locale: body.locale },
        });
      return reply.status(outcome.status === "stored" ? 201 : 200).send({ id: body.id, ...outcome });
    },
  });
};
