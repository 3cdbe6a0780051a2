import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  CentreParams,
  CoordinatorListSchema,
  CoordinatorParams,
  InviteAcceptBodySchema,
  InviteBodySchema,
  InviteLookupBodySchema,
  InviteResultSchema,
} from "@fcs/contracts/coordinators";
import { ErrorSchema } from "@fcs/contracts/error";
import { Type } from "typebox";
import type { Clock } from "../../clock.ts";
import { createSecurityLog } from "../audit/security-log.ts";
import { createCentreRepository } from "../centres/repository.ts";
import type { LinkMailer } from "../mail/link-mail.ts";
import { createCoordinatorRepository } from "./repository.ts";
import { createCoordinatorService } from "./service.ts";

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };

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
  const manage = { onRequest: app.authorize("coordinators.manage") };
  const doc = { tags: ["coordinators"], security: [{ bearerAuth: [] }] };
  const base = "/api/centres/:id/coordinators";

  app.get(
    base,
    {
      ...manage,
      schema: {
        ...doc,
        summary: "The centre's local coordinators",
        params: CentreParams,
        response: { 200: CoordinatorListSchema, ...errors },
      },
    },
    async (request) => service.list(request.actor, request.params.id),
  );

  app.post(
    base,
    {
      ...manage,
      schema: {
        ...doc,
        summary: "Invite a local coordinator (or give an existing one this centre too)",
        params: CentreParams,
        body: InviteBodySchema,
        response: { 201: InviteResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.invite(request.actor, request.params.id, request.body);
    },
  );

  app.post(
    `${base}/:userId/invite`,
    {
      ...manage,
      schema: {
        ...doc,
        summary: "A new one-time link for someone who has not set a password yet; older links stop working",
        params: CoordinatorParams,
        response: { 201: InviteResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.reinvite(request.actor, request.params.id, request.params.userId);
    },
  );

  app.delete(
    `${base}/:userId`,
    {
      ...manage,
      schema: {
        ...doc,
        summary: "Take the centre from a coordinator; their other centres stay",
        params: CoordinatorParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.detach(request.actor, request.params.id, request.params.userId);
      reply.code(204);
      return null;
    },
  );

  // The token travels in the body, never in a URL, so it does not end up in access logs.
  app.post(
    "/api/invites/lookup",
    {
      schema: {
        tags: ["coordinators"],
        summary: "Whom an invite is for (public, by the one-time token)",
        body: InviteLookupBodySchema,
        response: {
          200: Type.Object({ email: Type.String(), displayName: Type.String() }),
          400: ErrorSchema,
          404: ErrorSchema,
        },
      },
    },
    async (request) => service.lookupInvite(request.body.token),
  );

  app.post(
    "/api/invites/accept",
    {
      schema: {
        tags: ["coordinators"],
        summary: "Set the password with the one-time token; the account becomes active and the token is used up",
        body: InviteAcceptBodySchema,
        response: { 200: Type.Object({ email: Type.String() }), 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => service.acceptInvite(request.body.token, request.body.password),
  );
};
