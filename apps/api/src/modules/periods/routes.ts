import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorSchema } from "@fcs/contracts/error";
import { PeriodParams as Params, PeriodsSchema, SetPeriodsBody } from "@fcs/contracts/periods";
import type { PeriodAccess } from "../collection/period-access.ts";
import { createRegionRepository } from "../regions/repository.ts";
import { createPeriodRepository } from "./repository.ts";
import { createPeriodService } from "./service.ts";

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

/** "Årets uppföljning": the county coordinator sets when each survey is collected in the region. */
export const periodRoutes: FastifyPluginAsyncTypebox<{ periodAccess: PeriodAccess }> = async (app, options) => {
  const service = createPeriodService(
    createPeriodRepository(app.db),
    createRegionRepository(app.db),
    options.periodAccess,
  );
  const guard = { onRequest: app.authorize("periods.manage") };
  const doc = { tags: ["periods"], security: [{ bearerAuth: [] }], params: Params };

  app.get(
    "/api/regions/:code/periods/:year",
    {
      ...guard,
      schema: {
        ...doc,
        summary: "The year's collection periods, with suggestions from last year",
        response: { 200: PeriodsSchema, ...errors },
      },
    },
    async (request) => service.list(request.actor.scope, request.params.code, request.params.year),
  );

  app.put(
    "/api/regions/:code/periods/:year",
    {
      ...guard,
      schema: {
        ...doc,
        summary: "Set collection periods; every change is logged",
        body: SetPeriodsBody,
        response: { 200: PeriodsSchema, ...errors },
      },
    },
    async (request) =>
      service.set(
        request.actor.scope,
        request.actor.userId,
        request.params.code,
        request.params.year,
        request.body.periods,
      ),
  );
};
