import { anonymousSurveysInDisplayOrder } from "@fcs/surveys/kinds";
import { Type } from "typebox";
import { endpoint, guardedErrors } from "./endpoint.ts";
import { hiddenMarker } from "./hidden-marker.ts";
import { resultPaths } from "./paths.ts";

const suppressed = Type.Object(
  { suppressed: Type.Literal(true), marker: Type.Literal(hiddenMarker) },
  {
    description: "Fewer answers than the minimum group size, or hidden so that a hidden neighbour cannot be subtracted",
  },
);

export const FigureSchema = Type.Union([
  Type.Object({
    suppressed: Type.Literal(false),
    n: Type.Integer({ description: "How many answered the question" }),
    distribution: Type.Array(Type.Object({ value: Type.String(), n: Type.Integer(), share: Type.Number() }), {
      description: "Per option; empty in key figures (parts and trends)",
    }),
    mean: Type.Optional(Type.Number()),
    sd: Type.Optional(Type.Number({ description: "Sample standard deviation" })),
    median: Type.Optional(Type.Number()),
    positiveShare: Type.Optional(
      Type.Number({ description: "Share at the positive end: the top quarter of the scale" }),
    ),
    dontKnow: Type.Optional(
      Type.Integer({ description: "Answered 'Vet ej / Ej aktuellt': not in n, the mean or the shares" }),
    ),
  }),
  suppressed,
]);

export const CountFigureSchema = Type.Union([
  Type.Object({ suppressed: Type.Literal(false), n: Type.Integer() }),
  suppressed,
]);

const ScopeSchema = Type.Object({
  id: Type.String({ description: "all, region:<code>, municipality:<code> or centre:<id>" }),
  level: Type.Enum(["all", "region", "municipality", "centre"]),
  name: Type.String(),
});

const QuestionSchema = {
  key: Type.String(),
  title: Type.String(),
  kind: Type.Enum(["scale", "choice", "multi_choice", "boolean"]),
  options: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  min: Type.Optional(Type.Integer()),
  max: Type.Optional(Type.Integer()),
  axis: Type.Optional(Type.String({ description: "The spider axis this rating feeds" })),
};

export const SurveyParam = Type.Enum(anonymousSurveysInDisplayOrder, { description: "The survey" });
export const ScopeQuery = Type.String({
  pattern:
    "^(all|region:[0-9]{2}|municipality:[0-9]{4}|centre:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",
  description: "all, region:<SCB county code>, municipality:<SCB municipality code> or centre:<id>",
});

/** How current the published figures are, and what is held back until when. */
export const PublicationSchema = Type.Object(
  {
    updatedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()], {
      description: "When a publication last moved these figures; null when none has",
    }),
    released: Type.Boolean({
      description: "The collection has closed and its last publication ran: free text and splits are shown",
    }),
    newAnswersNeeded: Type.Integer({
      description: "Newer answers are shown once at least this many more have answered at a centre",
    }),
  },
  { description: "Figures come from the last publication, never from live answers (docs/privacy.md)" },
);

/** One partition of a scope's respondents (a profession, a channel, a language), with the same suppression as any figure. */
const SplitSchema = Type.Object({
  question: Type.String({ description: "The splitting question's key, or kanal / sprak" }),
  title: Type.Optional(Type.String({ description: "The splitting question's Swedish title" })),
  groups: Type.Array(
    Type.Object({
      value: Type.String(),
      label: Type.String(),
      respondents: Type.Array(Type.Union([CountFigureSchema, Type.Null()])),
      figures: Type.Record(Type.String(), Type.Array(Type.Union([FigureSchema, Type.Null()]))),
    }),
  ),
});

export const OverviewSchema = Type.Object({
  survey: Type.String(),
  year: Type.Integer(),
  threshold: Type.Integer({ description: "The minimum group size of this installation" }),
  publication: PublicationSchema,
  scopes: Type.Array(ScopeSchema, { description: "The chosen scope first, then each larger area it is compared with" }),
  respondents: Type.Array(CountFigureSchema, { description: "Per scope" }),
  questions: Type.Array(
    Type.Object({ ...QuestionSchema, figures: Type.Array(FigureSchema, { description: "Per scope" }) }),
  ),
  split: Type.Optional(
    Type.Object(SplitSchema.properties, {
      description:
        "The spider per profession, adult visitors by who answered, per scope; null at centre level, where a profession is often one person",
    }),
  ),
  channels: Type.Optional(
    Type.Object(SplitSchema.properties, {
      description: "Per channel (tablet, link, paper): above centre level, once the collection has closed",
    }),
  ),
  languages: Type.Optional(
    Type.Object(SplitSchema.properties, {
      description: "Visitors per survey language: above centre level, once the collection has closed",
    }),
  ),
  answerSplits: Type.Array(SplitSchema, {
    description:
      "Equality splits by an answer (adults by how often they come, children by girl or boy), where the year asks it",
  }),
});

export const PartsSchema = Type.Object({
  survey: Type.String(),
  year: Type.Integer(),
  threshold: Type.Integer(),
  publication: PublicationSchema,
  questions: Type.Optional(
    Type.Array(
      Type.Object({
        key: Type.String(),
        title: Type.String(),
        min: Type.Optional(Type.Integer()),
        max: Type.Optional(Type.Integer()),
        axis: Type.Optional(Type.String()),
      }),
    ),
  ),
  parts: Type.Array(
    Type.Object({
      ...ScopeSchema.properties,
      municipalityCode: Type.Union([Type.String(), Type.Null()]),
      respondents: CountFigureSchema,
      figures: Type.Array(FigureSchema, { description: "Key figures per scale question, in the order of questions" }),
    }),
  ),
});

export const TrendSchema = Type.Object({
  survey: Type.String(),
  threshold: Type.Integer(),
  scopes: Type.Array(ScopeSchema),
  years: Type.Array(Type.Integer()),
  imported: Type.Array(Type.Integer(), {
    description:
      "Years an import from an earlier tool brought into the region of the widest scope (or any region, for all)",
  }),
  respondents: Type.Array(Type.Array(CountFigureSchema), { description: "Per year, per scope" }),
  questions: Type.Array(
    Type.Object({
      ...QuestionSchema,
      reworded: Type.Array(Type.Integer(), {
        description: "Years the question kept its key but changed its wording: a break in its trend",
      }),
      figures: Type.Array(Type.Union([Type.Array(FigureSchema), Type.Null()]), {
        description: "Per year (null when that year's survey did not ask it), per scope",
      }),
    }),
  ),
});

export const CommentsSchema = Type.Object({
  survey: Type.String(),
  year: Type.Integer(),
  threshold: Type.Integer(),
  publication: PublicationSchema,
  centre: ScopeSchema,
  questions: Type.Array(
    Type.Object({
      key: Type.String(),
      title: Type.String(),
      suppressed: Type.Boolean(),
      marker: Type.Optional(Type.Literal(hiddenMarker)),
      texts: Type.Array(Type.String(), { description: "In alphabetical order, so the order tells nothing" }),
    }),
  ),
});

const ActivityFigureSchema = Type.Object({
  value: Type.Union([Type.Number(), Type.Null()], {
    description: "The sum over the approved follow-ups; null where none answered it or it is hidden",
  }),
  hidden: Type.Boolean({ description: "A count of people too small to show, or hidden so it cannot be subtracted" }),
  n: Type.Integer({ description: "Approved follow-ups that answered it" }),
});

const ActivitySchema = Type.Object(
  {
    staffing: Type.Array(
      Type.Object({ profession: Type.String(), persons: ActivityFigureSchema, fte: ActivityFigureSchema }),
    ),
    totals: Type.Array(Type.Object({ key: Type.String(), ...ActivityFigureSchema.properties })),
    flows: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), ...ActivityFigureSchema.properties }), {
      description: "The slussning grid: families referred from one service to another",
    }),
  },
  { description: "What the centres did in the year, summed from the approved follow-ups" },
);

const FollowUpSummarySchema = Type.Object({
  ...ScopeSchema.properties,
  centres: Type.Integer({ description: "Active centres in the scope" }),
  approved: Type.Integer({ description: "Of which with an approved follow-up: the figures are theirs" }),
  figures: Type.Array(
    Type.Object({ key: Type.String(), value: Type.Union([Type.Number(), Type.Null()]), n: Type.Integer() }),
  ),
  compliance: Type.Union([
    Type.Array(
      Type.Object({
        rule: Type.String(),
        met: Type.Integer(),
        notMet: Type.Integer(),
        notAnswered: Type.Integer(),
        share: Type.Union([Type.Number(), Type.Null()], { description: "met / (met + not met)" }),
      }),
    ),
    Type.Null(),
  ]),
  activity: ActivitySchema,
});

const Outcome = Type.Enum(["met", "not_met", "not_answered", "not_applicable"]);

export const FollowUpFiguresSchema = Type.Object({
  year: Type.Integer(),
  definitions: Type.Array(
    Type.Object({ key: Type.String(), label: Type.String(), kind: Type.Enum(["mean", "share"]) }),
  ),
  activityDefinitions: Type.Object({
    totals: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), people: Type.Boolean() })),
    professions: Type.Array(Type.Object({ key: Type.String(), label: Type.String() })),
    services: Type.Array(Type.Object({ key: Type.String(), label: Type.String() })),
  }),
  guideline: Type.Union([
    Type.Object({
      source: Type.String(),
      rules: Type.Array(
        Type.Object({
          id: Type.String(),
          text: Type.String(),
          strength: Type.Enum(["ska", "bör", "rekommendation"], {
            description: "A requirement, what should be, or a recommendation: never reported in the same voice",
          }),
          source: Type.Object({ section: Type.String(), quote: Type.String() }),
        }),
        { description: "The rules that held in the year" },
      ),
      references: Type.Array(
        Type.Object({
          key: Type.String({ description: "The key figure it compares with" }),
          value: Type.Number(),
          label: Type.String(),
          source: Type.Object({ section: Type.String(), quote: Type.String() }),
        }),
        { description: "Values the document gives to compare with, not to meet" },
      ),
    }),
    Type.Null(),
  ]),
  scopes: Type.Array(FollowUpSummarySchema, { description: "The scope, then each larger area" }),
  municipalities: Type.Array(FollowUpSummarySchema, { description: "For a region in the caller's own area" }),
  centres: Type.Array(
    Type.Object({
      id: Type.String({ format: "uuid" }),
      name: Type.String(),
      municipality: Type.Object({ code: Type.String(), name: Type.String() }),
      status: Type.Enum(["not_started", "draft", "submitted", "returned", "approved"]),
      values: Type.Record(Type.String(), Type.Union([Type.Number(), Type.Null()])),
      outcomes: Type.Record(Type.String(), Outcome, { description: "Per rule of the region's guideline" }),
      activity: ActivitySchema,
    }),
    { description: "The centres of the scope in the caller's own area" },
  ),
});

const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const YearParams = Type.Object({ survey: SurveyParam, year: Year });
const ScopeOnly = Type.Object({ scope: ScopeQuery }, { additionalProperties: false });

/** Results of the anonymous surveys, aggregated and suppressed, and the follow-up's key figures. */
export const resultEndpoints = {
  followUpFigures: endpoint(resultPaths.followUpFigures, {
    access: "results.read",
    tag: "results",
    summary: "Key figures of the approved quality follow-ups and compliance with the region's guideline",
    params: Type.Object({ year: Year }),
    querystring: ScopeOnly,
    response: { 200: FollowUpFiguresSchema, ...guardedErrors },
  }),
  trend: endpoint(resultPaths.trend, {
    access: "results.read",
    tag: "results",
    summary: "Every year with answers: the scope and the larger areas above it",
    params: Type.Object({ survey: SurveyParam }),
    querystring: Type.Object(
      { scope: ScopeQuery, from: Type.Optional(Year), to: Type.Optional(Year) },
      { additionalProperties: false },
    ),
    response: { 200: TrendSchema, ...guardedErrors },
  }),
  overview: endpoint(resultPaths.overview, {
    access: "results.read",
    tag: "results",
    summary: "Per question: count, distribution, mean, sd, median, positive share — the scope beside its larger areas",
    params: YearParams,
    querystring: ScopeOnly,
    response: { 200: OverviewSchema, ...guardedErrors },
  }),
  parts: endpoint(resultPaths.parts, {
    access: "results.read",
    tag: "results",
    summary: "The regions, municipalities or centres of a scope in the caller's own area, with key figures",
    params: YearParams,
    querystring: ScopeOnly,
    response: { 200: PartsSchema, ...guardedErrors },
  }),
  comments: endpoint(resultPaths.comments, {
    access: "results.freeText",
    tag: "results",
    summary: "A centre's free-text answers, where enough wrote something (not for readers)",
    params: YearParams,
    querystring: Type.Object({ centre: Type.String({ format: "uuid" }) }, { additionalProperties: false }),
    response: { 200: CommentsSchema, ...guardedErrors },
  }),
};
