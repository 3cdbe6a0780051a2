import { anonymousSurveyKinds } from "@fcs/surveys/kinds";
import { Type } from "typebox";

export const SubmitResponseBodySchema = Type.Object(
  {
    id: Type.String({ format: "uuid", description: "Made by the client (UUID v4); a retry sends the same id" }),
    survey: Type.Enum(anonymousSurveyKinds, { description: "besok_vuxen, besok_barn or spindel" }),
    year: Type.Integer({ minimum: 2000, maximum: 2100, description: "Activity year" }),
    locale: Type.String({
      pattern: "^[a-z]{2}(-x-[a-z]{1,8})?$",
      description: "The language the survey was answered in, e.g. ar, or sv-x-lattlast (easy-to-read Swedish)",
    }),
    answers: Type.Record(Type.String(), Type.Unknown(), { description: "Question key → answer" }),
  },
  { additionalProperties: false },
);

export const SubmitResponseHeadersSchema = Type.Object({
  "x-collection-token": Type.Optional(
    Type.String({ description: "The tablet's or link's collection token; it decides the centre" }),
  ),
});

export const SubmitResponseResultSchema = Type.Object({
  id: Type.String({ format: "uuid" }),
  status: Type.Union([Type.Literal("stored"), Type.Literal("already_stored")]),
});
