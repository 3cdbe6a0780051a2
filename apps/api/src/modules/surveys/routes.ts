import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorSchema } from "@fcs/contracts/error";
import { SurveyDefinitionSchema, SurveyParamsSchema, SurveyQuerySchema } from "@fcs/contracts/surveys";
import { getSurveyDefinition } from "./service.ts";

export const surveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/api/surveys/:kind/:year",
    {
      schema: {
        tags: ["surveys"],
        summary: "A survey definition in one language, for the survey clients (public)",
        params: SurveyParamsSchema,
        querystring: SurveyQuerySchema,
        response: { 200: SurveyDefinitionSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "public, max-age=300");
      return getSurveyDefinition(request.params.kind, request.params.year, request.query.locale ?? "sv");
    },
  );
};
