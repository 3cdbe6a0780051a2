import { Type } from "typebox";
import { endpoint, errors } from "./endpoint.ts";
import { guidelinePaths } from "./paths.ts";

const Key = Type.String({ pattern: "^[a-z0-9_]{1,60}$", description: "A question key of the quality follow-up" });

/** One condition on one question of the follow-up. */
const Leaf = Type.Union([
  Type.Object({ key: Key, atLeast: Type.Number() }, { additionalProperties: false }),
  Type.Object({ key: Key, atMost: Type.Number() }, { additionalProperties: false }),
  Type.Object({ key: Key, between: Type.Tuple([Type.Number(), Type.Number()]) }, { additionalProperties: false }),
  Type.Object({ key: Key, is: Type.Boolean() }, { additionalProperties: false }),
  Type.Object({ key: Key, equals: Type.String({ maxLength: 60 }) }, { additionalProperties: false }),
  Type.Object({ key: Key, includes: Type.String({ maxLength: 60 }) }, { additionalProperties: false }),
  Type.Object({ key: Key, withinYears: Type.Integer({ minimum: 0, maximum: 50 }) }, { additionalProperties: false }),
]);

/** A condition: one, or several that must all hold. */
export const ConditionSchema = Type.Union([
  Leaf,
  Type.Object({ all: Type.Array(Leaf, { maxItems: 10 }) }, { additionalProperties: false }),
]);

const text = (maxLength: number) => Type.String({ maxLength });

export const RuleSchema = Type.Object(
  {
    id: Type.String({ pattern: "^[a-z0-9_]{1,60}$" }),
    text: text(200),
    strength: Type.Enum(["ska", "bör", "rekommendation"]),
    source: Type.Object({ section: text(200), quote: text(1000) }, { additionalProperties: false }),
    check: ConditionSchema,
    appliesWhen: Type.Optional(ConditionSchema),
    years: Type.Optional(
      Type.Object(
        { from: Type.Optional(Type.Integer()), to: Type.Optional(Type.Integer()) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const GuidelineSetSchema = Type.Object({
  region: Type.String(),
  year: Type.Integer(),
  status: Type.Enum(["none", "draft", "published"], {
    description: "none: no set for this year yet; the rules are those in force, to start from",
  }),
  source: Type.String(),
  rules: Type.Array(RuleSchema),
  version: Type.Integer({ description: "0 until saved; name it when saving or publishing" }),
  editable: Type.Boolean({ description: "A draft (or none) for a year that has not begun" }),
  questions: Type.Array(
    Type.Object({
      key: Type.String(),
      title: Type.String(),
      kind: Type.Enum(["number", "boolean", "choice", "multi_choice"]),
      options: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
    }),
    { description: "The questions of the year's follow-up a rule can check" },
  ),
  sets: Type.Array(Type.Object({ year: Type.Integer(), status: Type.Enum(["draft", "published"]) }), {
    description: "The region's saved sets, by year",
  }),
});

const Params = Type.Object({
  code: Type.String({ pattern: "^[0-9]{2}$", description: "SCB county code" }),
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
});
const Version = Type.Integer({ minimum: 0 });
const guidelineErrors = errors(400, 401, 403, 404, 409);

/** The region's guideline rules, kept by its county coordinator for a coming year. */
export const guidelineEndpoints = {
  get: endpoint(guidelinePaths.get, {
    access: "guidelines.manage",
    tag: "guidelines",
    summary: "The region's rule set for a year: saved, or the rules in force to start from",
    params: Params,
    response: { 200: GuidelineSetSchema, ...guidelineErrors },
  }),
  save: endpoint(guidelinePaths.save, {
    access: "guidelines.manage",
    tag: "guidelines",
    summary: "Save the year's rules as a draft; checked against the year's follow-up, logged",
    params: Params,
    body: Type.Object(
      { source: text(300), rules: Type.Array(RuleSchema, { maxItems: 60 }), version: Version },
      { additionalProperties: false },
    ),
    response: { 200: GuidelineSetSchema, ...guidelineErrors },
  }),
  publish: endpoint(guidelinePaths.publish, {
    access: "guidelines.manage",
    tag: "guidelines",
    summary: "Publish the year's draft: from then on it is the region's guideline for that year; logged",
    params: Params,
    body: Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
    response: { 200: GuidelineSetSchema, ...guidelineErrors },
  }),
};
