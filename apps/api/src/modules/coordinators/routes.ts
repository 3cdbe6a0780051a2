import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { coordinatorEndpoints as endpoints, inviteEndpoints as invites } from "@fcs/contracts/coordinators";
import type { Clock } from "../../clock.ts";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createSecurityLog } from "../audit/security-log.ts";
import { createCentreRepository } from "../centres/repository.ts";
import type { LinkMailer } from "../mail/link-mail.ts";
import { createCoordinatorRepository } from "./repository.ts";
import { createCoordinatorService } from "./service.ts";

/** The county coordinator attaches local coordinators to a centre; the invited set their password by a one-time link. */
export const coordinatorRoutes: FastifyPluginAsyncTypebox<{ clock: Clock; mailLink?: LinkMailer }> = async (
  app,
  options,
) => {
  const service = createCoordinatorService(
    createCoordinatorRepository(app.db),
    createCentreRepository(app.db),
    options.clock,
    createSecurityLog(app.db),
    options.mailLink,
  );

  app.route({
    ...endpointRoute(app, endpoints.list),
    handler: async (request) => service.list(request.actor, request.params.id),
  });

  app.route({
    ...endpointRoute(app, endpoints.invite),
    handler: async (request, reply) => {
      reply.code(201);
      return service.invite(request.actor, request.params.id, request.body);
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.renewInvite),
    handler: async (request, reply) => {
      reply.code(201);
      return service.reinvite(request.actor, request.params.id, request.params.userId);
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.remove),
    handler: async (request, reply) => {
      await service.detach(request.actor, request.params.id, request.params.userId);
      reply.code(204);
      return null;
    },
  });

  app.route({
    ...endpointRoute(app, invites.lookup),
    handler: async (request) => service.lookupInvite(request.body.token),
  });

  app.route({
    ...endpointRoute(app, invites.accept),
    handler: async (request) => service.acceptInvite(request.body.token, request.body.password),
  });
};
