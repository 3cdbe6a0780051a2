import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { collectionEndpoints as endpoints, kioskEndpoints as kiosk } from "@fcs/contracts/collection";
import type { Clock } from "../../clock.ts";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createSecurityLog } from "../audit/security-log.ts";
import { createCentreRepository } from "../centres/repository.ts";
import type { PeriodAccess } from "./period-access.ts";
import { createCollectionRepository } from "./repository.ts";
import { createCollectionService } from "./service.ts";
import type { TokenAccess } from "./token-access.ts";

export interface CollectionRouteOptions {
  clock: Clock;
  tokenAccess: TokenAccess;
  periodAccess: PeriodAccess;
  enrolRateLimit: { max: number; windowMs: number };
}

/** Who hands out tablets and links (the centre's coordinator, and above it the county coordinator and admin), and the tablet's own calls. */
export const collectionRoutes: FastifyPluginAsyncTypebox<CollectionRouteOptions> = async (app, options) => {
  const service = createCollectionService(
    createCollectionRepository(app.db, app.countsRollup),
    { tokens: options.tokenAccess, periods: options.periodAccess },
    options.clock,
    createCentreRepository(app.db),
    createSecurityLog(app.db),
  );
  app.route({
    ...endpointRoute(app, endpoints.createEnrolment),
    handler: async (request, reply) => {
      const { actor, params, body } = request;
      const enrolment = await service.createEnrolment(actor.scope, actor.userId, params.id, body?.label);
      return reply.status(201).send(enrolment);
    },
  });

  app.route({
    ...endpointRoute(app, kiosk.enrol),
    config: { rateLimit: { max: options.enrolRateLimit.max, timeWindow: options.enrolRateLimit.windowMs } },
    handler: async (request, reply) => reply.status(201).send(await service.enrol(request.body.code)),
  });

  app.route({
    ...endpointRoute(app, kiosk.status),
    handler: async (request) => service.kioskStatus(request.headers["x-collection-token"]),
  });

  app.route({
    ...endpointRoute(app, endpoints.createLink),
    handler: async (request, reply) => {
      const { actor, params, body } = request;
      const link = await service.createLink(actor.scope, params.id, body, actor.userId);
      return reply.status(201).send(link);
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.setKioskPin),
    handler: async (request, reply) => {
      await service.setKioskPin(request.actor.scope, request.params.id, request.body.pin, request.actor.userId);
      return reply.status(204).send(null);
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.respondentCounts),
    handler: async (request) => service.respondentCounts(request.actor.scope, request.params.id, request.query.year),
  });

  app.route({
    ...endpointRoute(app, endpoints.tokens),
    handler: async (request) => ({ tokens: await service.listTokens(request.actor.scope, request.params.id) }),
  });

  app.route({
    ...endpointRoute(app, endpoints.revokeToken),
    handler: async (request, reply) => {
      const { actor, params } = request;
      await service.revokeToken(actor.scope, params.id, params.tokenId, actor.userId);
      return reply.status(204).send(null);
    },
  });
};
