import { surveyKinds } from "@fcs/surveys/kinds";
import { Type } from "typebox";
import { endpoint, errors } from "./endpoint.ts";
import { surveyPaths } from "./paths.ts";

export const SurveyKindSchema = Type.Enum(surveyKinds, { description: "The survey kind" });

export const SurveyParamsSchema = Type.Object({
  kind: Type.String({ description: "Survey kind, e.g. besok_vuxen" }),
  year: Type.Integer({ minimum: 2000, maximum: 2100, description: "Activity year" }),
});

export const SurveyQuerySchema = Type.Object(
  {
    locale: Type.Optional(
      Type.String({
        pattern: "^[a-z]{2}(-x-[a-z]{1,8})?$",
        default: "sv",
        description: "Language code, e.g. ar, or sv-x-lattlast (easy-to-read Swedish)",
      }),
    ),
  },
  { additionalProperties: false },
);

export const SurveyDefinitionSchema = Type.Object({
  survey: SurveyKindSchema,
  year: Type.Integer(),
  version: Type.String(),
  locale: Type.String(),
  direction: Type.Union([Type.Literal("ltr"), Type.Literal("rtl")]),
  locales: Type.Array(Type.String()),
  definition: Type.Record(Type.String(), Type.Unknown(), { description: "SurveyJS JSON with the texts of the locale" }),
  texts: Type.Object(
    {
      previous: Type.String(),
      next: Type.String(),
      complete: Type.String(),
      progress: Type.String({ description: 'Page progress with {0} and {1}, e.g. "Sida {0} av {1}"' }),
      required: Type.String(),
    },
    { description: "SurveyJS's interface texts in the locale, for clients that render without survey-core" },
  ),
});

export const surveyEndpoints = {
  definition: endpoint(surveyPaths.definition, {
    access: "public",
    tag: "surveys",
    summary: "A survey definition in one language, for the survey clients (public)",
    params: SurveyParamsSchema,
    querystring: SurveyQuerySchema,
    response: { 200: SurveyDefinitionSchema, ...errors(400, 404) },
  }),
};
