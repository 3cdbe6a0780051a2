import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { userEndpoints as endpoints } from "@fcs/contracts/users";
import type { Clock } from "../../clock.ts";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createAccountRepository } from "../accounts/repository.ts";
import { createSecurityLog } from "../audit/security-log.ts";
import type { LinkMailer } from "../mail/link-mail.ts";
import { createUserRepository } from "./repository.ts";
import { createUserService } from "./service.ts";

/** The user administration: administrators for everyone, county coordinators for their region's readers and local coordinators. */
export const userRoutes: FastifyPluginAsyncTypebox<{ clock: Clock; mailLink?: LinkMailer }> = async (app, options) => {
  const service = createUserService(
    createUserRepository(app.db),
    createAccountRepository(app.db),
    options.clock,
    createSecurityLog(app.db),
    options.mailLink,
  );

  app.route({ ...endpointRoute(app, endpoints.list), handler: async (request) => service.list(request.actor) });

  app.route({
    ...endpointRoute(app, endpoints.create),
    handler: async (request, reply) => {
      reply.code(201);
      return service.create(request.actor, request.body);
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.changeScope),
    handler: async (request) => service.changeScope(request.actor, request.params.id, request.body),
  });

  app.route({
    ...endpointRoute(app, endpoints.deactivate),
    handler: async (request) => service.deactivate(request.actor, request.params.id),
  });

  app.route({
    ...endpointRoute(app, endpoints.reactivate),
    handler: async (request) => service.reactivate(request.actor, request.params.id),
  });

  app.route({
    ...endpointRoute(app, endpoints.newLink),
    handler: async (request, reply) => {
      reply.code(201);
      return service.newLink(request.actor, request.params.id);
    },
  });
};
