import { Type } from "typebox";

export const FollowUpParamsSchema = Type.Object({
  id: Type.String({ format: "uuid", description: "The centre" }),
  year: Type.Integer({ minimum: 2000, maximum: 2100, description: "Activity year" }),
});

const version = Type.Integer({ minimum: 0, description: "The version the change is made on (0: not started)" });

export const SaveDraftBodySchema = Type.Object(
  { version, answers: Type.Record(Type.String(), Type.Unknown()) },
  { additionalProperties: false },
);
export const StepBodySchema = Type.Object({ version }, { additionalProperties: false });
export const ReturnBodySchema = Type.Object(
  { version, comment: Type.String({ minLength: 1, maxLength: 4000, description: "Why it is returned" }) },
  { additionalProperties: false },
);

const status = Type.Enum(["not_started", "draft", "submitted", "returned", "approved"]);

export const FollowUpSchema = Type.Object({
  centreId: Type.String({ format: "uuid" }),
  year: Type.Integer(),
  status,
  version: Type.Integer(),
  answers: Type.Record(Type.String(), Type.Unknown()),
  returnComment: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  lastYear: Type.Record(Type.String(), Type.Unknown(), {
    description: "Last year's approved answers whose question still exists: a prefill the coordinator confirms",
  }),
  history: Type.Array(
    Type.Object({
      at: Type.String({ format: "date-time" }),
      step: Type.Enum(["save", "submit", "return", "approve"]),
      by: Type.String({ description: "Display name of who took the step" }),
      to: status,
    }),
    { description: "Every change of status, oldest first" },
  ),
});

export const StepResultSchema = Type.Object({
  status: Type.Enum(["draft", "submitted", "returned", "approved"]),
  version: Type.Integer(),
});
