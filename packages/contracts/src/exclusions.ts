import { Type } from "typebox";

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
