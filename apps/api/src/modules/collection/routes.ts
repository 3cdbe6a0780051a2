import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  CentreParamsSchema,
  CollectionTokenHeaderSchema,
  CountsQuerySchema,
  CreateEnrolmentBodySchema,
  CreateLinkBodySchema,
  EnrolBodySchema,
  EnrolledSchema,
  EnrolmentSchema,
  KioskPinBodySchema,
  KioskStatusSchema,
  LinkSchema,
  RespondentCountsSchema,
  TokenListSchema,
  TokenParamsSchema,
} from "@fcs/contracts/collection";
import { ErrorSchema } from "@fcs/contracts/error";
import { Type } from "typebox";
import type { Clock } from "../../clock.ts";
import { createSecurityLog } from "../audit/security-log.ts";
import { createCentreRepository } from "../centres/repository.ts";
import type { PeriodAccess } from "./period-access.ts";
import { createCollectionRepository } from "./repository.ts";
import { createCollectionService } from "./service.ts";
import type { TokenAccess } from "./token-access.ts";

/** Who hands out tablets and links: the centre's coordinator, and above it the county coordinator and admin. */
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

export interface CollectionRouteOptions {
  clock: Clock;
  tokenAccess: TokenAccess;
  periodAccess: PeriodAccess;
  enrolRateLimit: { max: number; windowMs: number };
}

export const collectionRoutes: FastifyPluginAsyncTypebox<CollectionRouteOptions> = async (app, options) => {
  const service = createCollectionService(
    createCollectionRepository(app.db, app.countsRollup),
    { tokens: options.tokenAccess, periods: options.periodAccess },
    options.clock,
    createCentreRepository(app.db),
    createSecurityLog(app.db),
  );
  const guarded = { onRequest: app.authorize("collection.manage") };
  const secured = { tags: ["collection"], security: [{ bearerAuth: [] }] };

  app.post(
    "/api/centres/:id/kiosk-enrolments",
    {
      ...guarded,
      schema: {
        ...secured,
        summary: "A one-time code to enrol a tablet as the centre's kiosk",
        params: CentreParamsSchema,
        body: CreateEnrolmentBodySchema,
        response: { 201: EnrolmentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { actor, params, body } = request;
      const enrolment = await service.createEnrolment(actor.scope, actor.userId, params.id, body?.label);
      return reply.status(201).send(enrolment);
    },
  );

  app.post(
    "/api/kiosk/enrol",
    {
      config: {
        rateLimit: { max: options.enrolRateLimit.max, timeWindow: options.enrolRateLimit.windowMs },
      },
      schema: {
        tags: ["collection"],
        summary: "A tablet exchanges its enrolment code for its kiosk token (public)",
        body: EnrolBodySchema,
        response: { 201: EnrolledSchema, 400: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.enrol(request.body.code)),
  );

  app.get(
    "/api/kiosk/status",
    {
      schema: {
        tags: ["collection"],
        summary: "For a tablet or link: its centre, and which of its surveys are collected today",
        headers: CollectionTokenHeaderSchema,
        response: { 200: KioskStatusSchema, 401: ErrorSchema },
      },
    },
    async (request) => service.kioskStatus(request.headers["x-collection-token"]),
  );

  app.post(
    "/api/centres/:id/links",
    {
      ...guarded,
      schema: {
        ...secured,
        summary: "A link for staff (spider) or for visitors without a tablet; the token is shown once",
        params: CentreParamsSchema,
        body: CreateLinkBodySchema,
        response: { 201: LinkSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { actor, params, body } = request;
      const link = await service.createLink(actor.scope, params.id, body.audience, actor.userId);
      return reply.status(201).send(link);
    },
  );

  app.put(
    "/api/centres/:id/kiosk-pin",
    {
      ...guarded,
      schema: {
        ...secured,
        summary: "Set the staff PIN that leaves kiosk mode on the centre's tablets",
        params: CentreParamsSchema,
        body: KioskPinBodySchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.setKioskPin(request.actor.scope, request.params.id, request.body.pin, request.actor.userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/centres/:id/response-counts",
    {
      ...guarded,
      schema: {
        ...secured,
        summary: "How many have answered each survey of a year so far (counts only)",
        params: CentreParamsSchema,
        querystring: CountsQuerySchema,
        response: { 200: RespondentCountsSchema, ...errors },
      },
    },
    async (request) => service.respondentCounts(request.actor.scope, request.params.id, request.query.year),
  );

  app.get(
    "/api/centres/:id/collection-tokens",
    {
      ...guarded,
      schema: {
        ...secured,
        summary: "The centre's tablets and links, with the last day each was used",
        params: CentreParamsSchema,
        response: { 200: TokenListSchema, ...errors },
      },
    },
    async (request) => ({ tokens: await service.listTokens(request.actor.scope, request.params.id) }),
  );

  app.post(
    "/api/centres/:id/collection-tokens/:tokenId/revoke",
    {
      ...guarded,
      schema: {
        ...secured,
        summary: "Revoke a tablet or link at once",
        params: TokenParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const { actor, params } = request;
      await service.revokeToken(actor.scope, params.id, params.tokenId, actor.userId);
      return reply.status(204).send(null);
    },
  );
};
