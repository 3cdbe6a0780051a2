import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  ChangePasswordBodySchema,
  CurrentUserSchema,
  LoginBodySchema,
  LoginResponseSchema,
  PasswordResetBodySchema,
} from "@fcs/contracts/auth";
import { ErrorSchema } from "@fcs/contracts/error";
import { Type } from "typebox";
import type { PasswordResetService } from "./password-reset.ts";
import type { SessionAccount } from "./repository.ts";

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
  app.post(
    "/api/auth/password-reset",
    {
      config: { rateLimit: { max: options.resetRateLimit.max, timeWindow: options.resetRateLimit.windowMs } },
      schema: {
        tags: ["auth"],
        summary:
          "Ask for a one-time link to choose a new password, sent by e-mail; the same answer whether the address has an account or not",
        body: PasswordResetBodySchema,
        response: {
          202: Type.Object({
            mailConfigured: Type.Boolean({
              description: "False when this installation sends no e-mail: then an administrator gives the link",
            }),
          }),
          400: ErrorSchema,
          429: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      reply.code(202);
      return options.passwordReset.request(request.body.email);
    },
  );

  app.post(
    "/api/auth/login",
    {
      schema: {
        tags: ["auth"],
        summary: "Sign in with e-mail and password",
        body: LoginBodySchema,
        response: { 200: LoginResponseSchema, 400: ErrorSchema, 401: ErrorSchema, 429: ErrorSchema, 503: ErrorSchema },
      },
    },
    async (request) => {
      const { account, expiresAt } = await app.authService.login(request.body.email, request.body.password, request.ip);
      const token = app.jwt.sign({ sub: account.userId, sid: account.sessionId, role: account.role });
      return { token, expiresAt: expiresAt.toISOString(), user: toCurrentUser(account) };
    },
  );

  app.get(
    "/api/auth/me",
    {
      onRequest: app.authorize("account.own"),
      schema: {
        tags: ["auth"],
        summary: "The signed-in user with role and scope",
        security: [{ bearerAuth: [] }],
        response: { 200: CurrentUserSchema, 401: ErrorSchema },
      },
    },
    async (request) => toCurrentUser(request.actor),
  );

  app.post(
    "/api/auth/password",
    {
      onRequest: app.authorize("account.own"),
      schema: {
        tags: ["auth"],
        summary: "Change one's own password; every other session ends at once",
        security: [{ bearerAuth: [] }],
        body: ChangePasswordBodySchema,
        response: { 204: Type.Null(), 400: ErrorSchema, 401: ErrorSchema, 503: ErrorSchema },
      },
    },
    async (request, reply) => {
      await app.authService.changePassword(request.actor, request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/auth/logout",
    {
      onRequest: app.authorize("account.own"),
      schema: {
        tags: ["auth"],
        summary: "End the session; the token stops working at once",
        security: [{ bearerAuth: [] }],
        response: { 204: Type.Null(), 401: ErrorSchema },
      },
    },
    async (request, reply) => {
      await app.authService.logout(request.actor.sessionId);
      return reply.status(204).send(null);
    },
  );
};
