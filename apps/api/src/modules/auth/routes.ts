import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { authEndpoints as endpoints } from "@fcs/contracts/auth";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import type { PasswordResetService } from "./password-reset.ts";
import type { SessionAccount } from "./repository.ts";
import { isWebClient } from "./session-cookie.ts";

const toCurrentUser = (account: SessionAccount) => ({
  id: account.userId,
  email: account.email,
  displayName: account.displayName,
  role: account.role,
  scope: account.scope,
});

/** Sign-in failures are throttled per account and address in the database (throttle.ts), not per process. */
export const authRoutes: FastifyPluginAsyncTypebox<{
  passwordReset: PasswordResetService;
  resetRateLimit: { max: number; windowMs: number };
}> = async (app, options) => {
  app.route({
    ...endpointRoute(app, endpoints.requestPasswordReset),
    config: { rateLimit: { max: options.resetRateLimit.max, timeWindow: options.resetRateLimit.windowMs } },
    handler: async (request, reply) => {
      reply.code(202);
      return options.passwordReset.request(request.body.email);
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.login),
    handler: async (request, reply) => {
      const { account, expiresAt } = await app.authService.login(request.body.email, request.body.password, request.ip);
      const token = app.jwt.sign({ sub: account.userId, sid: account.sessionId, role: account.role });
      const session = { expiresAt: expiresAt.toISOString(), user: toCurrentUser(account) };
      // The web app gets the token only as a cookie its scripts cannot read; programs get it to send as a bearer.
      app.sessionCookie.set(request, reply, token);
      return isWebClient(request) ? session : { token, ...session };
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.me),
    handler: async (request) => toCurrentUser(request.actor),
  });

  app.route({
    ...endpointRoute(app, endpoints.changePassword),
    handler: async (request, reply) => {
      await app.authService.changePassword(request.actor, request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send(null);
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.logout),
    handler: async (request, reply) => {
      await app.authService.logout(request.actor.sessionId);
      app.sessionCookie.clear(request, reply);
      return reply.status(204).send(null);
    },
  });
};
