import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorSchema } from "@fcs/contracts/error";
import {
  CreateUserBodySchema,
  LinkResultSchema,
  ScopeBodySchema,
  UserListSchema,
  UserParams,
  UserSchema,
} from "@fcs/contracts/users";
import type { Clock } from "../../clock.ts";
import { createAccountRepository } from "../accounts/repository.ts";
import { createSecurityLog } from "../audit/security-log.ts";
import type { LinkMailer } from "../mail/link-mail.ts";
import { createUserRepository } from "./repository.ts";
import { createUserService } from "./service.ts";

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };

/** The user administration: administrators for everyone, county coordinators for their region's readers and local coordinators. */
export const userRoutes: FastifyPluginAsyncTypebox<{ clock: Clock; mailLink?: LinkMailer }> = async (app, options) => {
  const service = createUserService(
    createUserRepository(app.db),
    createAccountRepository(app.db),
    options.clock,
    createSecurityLog(app.db),
    options.mailLink,
  );
  const manage = { onRequest: app.authorize("users.manage") };
  const doc = { tags: ["users"], security: [{ bearerAuth: [] }] };

  app.get(
    "/api/users",
    {
      ...manage,
      schema: { ...doc, summary: "The accounts the caller administers", response: { 200: UserListSchema, ...errors } },
    },
    async (request) => service.list(request.actor),
  );

  app.post(
    "/api/users",
    {
      ...manage,
      schema: {
        ...doc,
        summary: "Create a county coordinator, reader or administrator; they get a one-time link to set a password",
        body: CreateUserBodySchema,
        response: { 201: LinkResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.create(request.actor, request.body);
    },
  );

  app.put(
    "/api/users/:id/scope",
    {
      ...manage,
      schema: {
        ...doc,
        summary: "Change what the user sees; their sessions end so the next sign-in carries the new scope",
        params: UserParams,
        body: ScopeBodySchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => service.changeScope(request.actor, request.params.id, request.body),
  );

  app.post(
    "/api/users/:id/deactivate",
    {
      ...manage,
      schema: {
        ...doc,
        summary: "Deactivate: every session ends at once and every open link stops working",
        params: UserParams,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => service.deactivate(request.actor, request.params.id),
  );

  app.post(
    "/api/users/:id/reactivate",
    {
      ...manage,
      schema: {
        ...doc,
        summary: "Reactivate: the user signs in again with their password; old sessions stay ended",
        params: UserParams,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => service.reactivate(request.actor, request.params.id),
  );

  app.post(
    "/api/users/:id/link",
    {
      ...manage,
      schema: {
        ...doc,
        summary: "A new one-time link: an invitation, or a password reset for someone who has a password",
        params: UserParams,
        response: { 201: LinkResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.newLink(request.actor, request.params.id);
    },
  );
};
