import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { surveyKinds } from "@fcs/surveys/kinds";
import { Type } from "typebox";
import { ErrorSchema } from "../../schemas/error.ts";
import type { PeriodAccess } from "../collection/period-access.ts";
import { createRegionRepository } from "../regions/repository.ts";
import { createPeriodRepository } from "./repository.ts";
import { createPeriodService } from "./service.ts";

const Params = Type.Object({
  code: Type.String({ pattern: "^[0-9]{2}$", description: "SCB county code" }),
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
});
const day = Type.String({ format: "date" });
export const PeriodsSchema = Type.Object({
  year: Type.Integer(),
  periods: Type.Array(
    Type.Object({
      kind: Type.Enum(surveyKinds),
      opens: Type.Union([day, Type.Null()]),
      closes: Type.Union([day, Type.Null()]),
      suggested: Type.Boolean({ description: "Not set yet: last year's dates a year on" }),
    }),
  ),
});
export const SetPeriodsBody = Type.Object(
  {
    periods: Type.Array(
      Type.Object({ kind: Type.Enum(surveyKinds), opens: day, closes: day }, { additionalProperties: false }),
      {
        minItems: 1,
        maxItems: surveyKinds.length,
      },
    ),
  },
  { additionalProperties: false },
);
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
