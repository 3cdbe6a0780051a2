import { surveyKinds } from "@fcs/surveys/kinds";
import { Type } from "typebox";
import { endpoint, guardedErrors } from "./endpoint.ts";
import { periodPaths } from "./paths.ts";

export const PeriodParams = Type.Object({
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

export const periodEndpoints = {
  get: endpoint(periodPaths.get, {
    access: "periods.manage",
    tag: "periods",
    summary: "The year's collection periods, with suggestions from last year",
    params: PeriodParams,
    response: { 200: PeriodsSchema, ...guardedErrors },
  }),
  set: endpoint(periodPaths.set, {
    access: "periods.manage",
    tag: "periods",
    summary: "Set collection periods; every change is logged",
    params: PeriodParams,
    body: SetPeriodsBody,
    response: { 200: PeriodsSchema, ...guardedErrors },
  }),
};
