import { Type } from "typebox";
import { CentreParamsSchema } from "./collection.ts";
import { endpoint, guardedErrors } from "./endpoint.ts";
import { exclusionPaths } from "./paths.ts";

const Day = Type.String({ format: "date", description: "YYYY-MM-DD" });

export const ExclusionParamsSchema = Type.Object({
  id: Type.String({ format: "uuid" }),
  exclusionId: Type.String({ format: "uuid" }),
});

export const ActivityQuerySchema = Type.Object(
  { year: Type.Integer({ minimum: 2000, maximum: 2100, description: "Activity year" }) },
  { additionalProperties: false },
);

export const CreateExclusionBodySchema = Type.Object(
  {
    tokenId: Type.String({ format: "uuid", description: "The tablet or link whose answers are left out" }),
    from: Day,
    to: Day,
    reason: Type.String({ minLength: 3, maxLength: 500, description: "Why, for the audit log" }),
  },
  { additionalProperties: false },
);

export const ExclusionSchema = Type.Object({
  id: Type.String(),
  tokenId: Type.String(),
  tokenLabel: Type.String(),
  from: Type.String(),
  to: Type.String(),
  reason: Type.String(),
  createdAt: Type.String({ format: "date-time" }),
  createdBy: Type.String(),
  revokedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  responses: Type.Integer({ description: "Answers in the range (all surveys), left out of the published results" }),
});

export const TokenActivitySchema = Type.Object({
  year: Type.Integer(),
  tokens: Type.Array(
    Type.Object({
      id: Type.String(),
      label: Type.String(),
      channel: Type.String(),
      revokedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
      days: Type.Array(
        Type.Object({
          day: Type.String(),
          n: Type.Integer({ description: "Answers that day (all surveys of the token)" }),
          burst: Type.Boolean({ description: "Far more than the token's usual day: worth a look" }),
          excluded: Type.Boolean(),
        }),
      ),
    }),
  ),
  exclusions: Type.Array(ExclusionSchema),
});

/** The answers each tablet and link brought in, and leaving a stuffed link's answers out of the results. */
export const exclusionEndpoints = {
  activity: endpoint(exclusionPaths.activity, {
    access: "exclusions.manage",
    tag: "collection",
    summary: "Answers per tablet or link and day (counts only), days that stand out flagged, and exclusions",
    params: CentreParamsSchema,
    querystring: ActivityQuerySchema,
    response: { 200: TokenActivitySchema, ...guardedErrors },
  }),
  exclude: endpoint(exclusionPaths.exclude, {
    access: "exclusions.manage",
    tag: "collection",
    summary: "Leave a tablet's or link's answers of some days out of the results (kept, reversible, logged)",
    params: CentreParamsSchema,
    body: CreateExclusionBodySchema,
    response: { 201: ExclusionSchema, ...guardedErrors },
  }),
  revoke: endpoint(exclusionPaths.revoke, {
    access: "exclusions.manage",
    tag: "collection",
    summary: "Bring excluded answers back into the results with the next publication",
    params: ExclusionParamsSchema,
    response: { 204: Type.Null(), ...guardedErrors },
  }),
};
