import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorSchema } from "@fcs/contracts/error";
import {
  CommentsSchema,
  FollowUpFiguresSchema,
  OverviewSchema,
  PartsSchema,
  ScopeQuery,
  SurveyParam,
  TrendSchema,
} from "@fcs/contracts/results";
import { Type } from "typebox";
import type { ResultsServices } from "./module.ts";

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const YearParams = Type.Object({ survey: SurveyParam, year: Year });
const ScopeOnly = Type.Object({ scope: ScopeQuery }, { additionalProperties: false });

/** Results of the anonymous surveys, aggregated and suppressed; every figure that leaves goes through one tree. */
export const resultRoutes: FastifyPluginAsyncTypebox<{ services: ResultsServices }> = async (app, options) => {
  const { results: service, followUps: followUpFigures } = options.services;
  const everyone = { onRequest: app.authorize("results.read") };
  const doc = { tags: ["results"], security: [{ bearerAuth: [] }] };

  app.get(
    "/api/results/kvalitetsuppfoljning/:year",
    {
      ...everyone,
      schema: {
        ...doc,
        summary: "Key figures of the approved quality follow-ups and compliance with the region's guideline",
        params: Type.Object({ year: Year }),
        querystring: ScopeOnly,
        response: { 200: FollowUpFiguresSchema, ...errors },
      },
    },
    async (request) => followUpFigures.figures(request.actor, request.params.year, request.query.scope),
  );

  app.get(
    "/api/results/:survey/trend",
    {
      ...everyone,
      schema: {
        ...doc,
        summary: "Every year with answers: the scope and the larger areas above it",
        params: Type.Object({ survey: SurveyParam }),
        querystring: Type.Object(
          { scope: ScopeQuery, from: Type.Optional(Year), to: Type.Optional(Year) },
          { additionalProperties: false },
        ),
        response: { 200: TrendSchema, ...errors },
      },
    },
    async (request) => {
      const { scope, from = 2000, to = 2100 } = request.query;
      return service.trend(request.actor, request.params.survey, scope, { from, to });
    },
  );

  app.get(
    "/api/results/:survey/:year",
    {
      ...everyone,
      schema: {
        ...doc,
        summary:
          "Per question: count, distribution, mean, sd, median, positive share — the scope beside its larger areas",
        params: YearParams,
        querystring: ScopeOnly,
        response: { 200: OverviewSchema, ...errors },
      },
    },
    async (request) => service.overview(request.actor, request.params.survey, request.params.year, request.query.scope),
  );

  app.get(
    "/api/results/:survey/:year/parts",
    {
      ...everyone,
      schema: {
        ...doc,
        summary: "The regions, municipalities or centres of a scope in the caller's own area, with key figures",
        params: YearParams,
        querystring: ScopeOnly,
        response: { 200: PartsSchema, ...errors },
      },
    },
    async (request) => service.parts(request.actor, request.params.survey, request.params.year, request.query.scope),
  );

  app.get(
    "/api/results/:survey/:year/comments",
    {
      onRequest: app.authorize("results.freeText"),
      schema: {
        ...doc,
        summary: "A centre's free-text answers, where enough wrote something (not for readers)",
        params: YearParams,
        querystring: Type.Object({ centre: Type.String({ format: "uuid" }) }, { additionalProperties: false }),
        response: { 200: CommentsSchema, ...errors },
      },
    },
    async (request) =>
      service.comments(request.actor, request.params.survey, request.params.year, request.query.centre),
  );
};
