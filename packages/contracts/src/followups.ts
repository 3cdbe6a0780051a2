import { Type } from "typebox";
import { endpoint, errors } from "./endpoint.ts";
import { followUpPaths } from "./paths.ts";

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
      comment: Type.Optional(Type.String({ description: "What the county coordinator asked, on a return" })),
    }),
    { description: "Every change of status, oldest first" },
  ),
});

export const StepResultSchema = Type.Object({
  status: Type.Enum(["draft", "submitted", "returned", "approved"]),
  version: Type.Integer(),
});

const followUpErrors = errors(400, 401, 403, 404, 409);

export const followUpEndpoints = {
  get: endpoint(followUpPaths.get, {
    access: "followups.read",
    tag: "follow-ups",
    summary: "A centre's quality follow-up for a year",
    params: FollowUpParamsSchema,
    response: { 200: FollowUpSchema, ...followUpErrors },
  }),
  saveDraft: endpoint(followUpPaths.saveDraft, {
    access: "followups.fill",
    tag: "follow-ups",
    summary: "Save the draft (the local coordinator); 409 when someone else saved in between",
    params: FollowUpParamsSchema,
    body: SaveDraftBodySchema,
    response: { 200: StepResultSchema, ...followUpErrors },
  }),
  submit: endpoint(followUpPaths.submit, {
    access: "followups.fill",
    tag: "follow-ups",
    summary: "Submit for review (the local coordinator); 400 lists what is missing",
    params: FollowUpParamsSchema,
    body: StepBodySchema,
    response: { 200: StepResultSchema, ...followUpErrors },
  }),
  return: endpoint(followUpPaths.return, {
    access: "followups.review",
    tag: "follow-ups",
    summary: "Return to the coordinator with a comment (the county coordinator)",
    params: FollowUpParamsSchema,
    body: ReturnBodySchema,
    response: { 200: StepResultSchema, ...followUpErrors },
  }),
  approve: endpoint(followUpPaths.approve, {
    access: "followups.review",
    tag: "follow-ups",
    summary: "Approve; an approved follow-up is locked (the county coordinator)",
    params: FollowUpParamsSchema,
    body: StepBodySchema,
    response: { 200: StepResultSchema, ...followUpErrors },
  }),
};
