import { Type } from "typebox";
import { endpoint, guardedErrors } from "./endpoint.ts";
import { progressPaths } from "./paths.ts";

export const ProgressSchema = Type.Object({
  year: Type.Integer(),
  threshold: Type.Integer({ description: "The minimum group size: a survey with fewer answers shows no results" }),
  centres: Type.Array(
    Type.Object({
      id: Type.String({ format: "uuid" }),
      name: Type.String(),
      municipality: Type.Object({ code: Type.String(), name: Type.String() }),
      besokVuxen: Type.Integer(),
      besokBarn: Type.Integer(),
      spindel: Type.Integer(),
      followUp: Type.Enum(["not_started", "draft", "submitted", "returned", "approved"]),
    }),
  ),
});

export const progressEndpoints = {
  get: endpoint(progressPaths.get, {
    access: "progress.read",
    tag: "progress",
    summary: "Per centre of the region: answers so far per survey and the follow-up's status (counts only)",
    params: Type.Object({ code: Type.String({ pattern: "^[0-9]{2}$", description: "SCB county code" }) }),
    querystring: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }, { additionalProperties: false }),
    response: { 200: ProgressSchema, ...guardedErrors },
  }),
};
