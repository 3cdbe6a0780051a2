import { type TProperties, Type } from "typebox";
import { endpoint, errors } from "./endpoint.ts";
import { centreReportPaths, municipalityReportPaths, regionReportPaths, reportFormats } from "./paths.ts";

const Cell = Type.Union([Type.String(), Type.Number(), Type.Null()]);

export const ChapterIdSchema = Type.Enum([
  "sammanfattning",
  "metod",
  "deltagande",
  "kvalitetsuppfoljning",
  "verksamhet",
  "spindel",
  "vuxna",
  "barn",
  "kommuner",
  "utvecklingsomraden",
  "goda_exempel",
  "familjecentraler",
]);

export const ReportModelSchema = Type.Object({
  kind: Type.Enum(["region", "municipality", "centre"]),
  scope: Type.Object({ id: Type.String(), name: Type.String() }),
  year: Type.Integer(),
  title: Type.String(),
  addressee: Type.String({ description: "Who the report is for; empty until someone says" }),
  status: Type.Enum(["draft", "final"]),
  version: Type.Integer({ description: "Name it when changing the report" }),
  threshold: Type.Integer(),
  readiness: Type.Object(
    {
      openSurveys: Type.Array(Type.String(), { description: "Surveys whose collection period is still open today" }),
      unapproved: Type.Integer({ description: "Active centres without an approved follow-up for the year" }),
      centres: Type.Integer(),
    },
    { description: "What is not yet in: said before the report is marked final" },
  ),
  generatedAt: Type.String({
    format: "date-time",
    description: "When the figures were read; for a final report, when it was frozen",
  }),
  chapters: Type.Array(
    Type.Object({
      id: ChapterIdSchema,
      title: Type.String(),
      draft: Type.String({ description: "Generated plain sentences from the figures" }),
      narrative: Type.String({ description: "What the coordinator wrote" }),
      tables: Type.Array(
        Type.Object({
          title: Type.String(),
          columns: Type.Array(
            Type.Object({ title: Type.String(), format: Type.Enum(["text", "count", "decimal", "percent"]) }),
          ),
          rows: Type.Array(Type.Array(Cell), {
            description: "Percent values 0–100; a hidden figure is the text visas inte",
          }),
          rowFormats: Type.Optional(
            Type.Array(Type.Enum(["text", "count", "decimal", "percent"]), {
              description: "Where each row is a different kind of figure (key figures): the format of its figures",
            }),
          ),
        }),
      ),
      charts: Type.Array(
        Type.Object({
          kind: Type.Enum(["bar", "line", "radar"]),
          title: Type.String(),
          unit: Type.Enum(["percent", "mean", "count"]),
          categories: Type.Array(Type.String()),
          source: Type.Optional(Type.String({ description: "Källa: the survey, year and number who answered" })),
          finding: Type.Optional(
            Type.String({ description: "What the chart shows, as one sentence: the slide's title in PowerPoint" }),
          ),
          series: Type.Array(
            Type.Object({
              name: Type.String(),
              values: Type.Array(Type.Union([Type.Number(), Type.Null()])),
              scope: Type.Optional(
                Type.Enum(["all", "region", "municipality", "centre"], {
                  description: "The area the series stands for: it has that area's colour in every chart",
                }),
              ),
              earlier: Type.Optional(Type.Boolean({ description: "The area's figures of the year before" })),
            }),
          ),
        }),
      ),
      layout: Type.Optional(
        Type.Literal("page-per-table", { description: "An appendix: each table on a page of its own" }),
      ),
    }),
  ),
  exampleCandidates: Type.Array(
    Type.Object({ centreId: Type.String(), centre: Type.String(), text: Type.String(), chosen: Type.Boolean() }),
    { description: "For those who edit a region's report: the good examples to choose from" },
  ),
});

export const ReportStepSchema = Type.Object({ status: Type.Enum(["draft", "final"]), version: Type.Integer() });
export const NarrativeBodySchema = Type.Object(
  { text: Type.String({ maxLength: 20_000 }), version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export const ExamplesBodySchema = Type.Object(
  { centreIds: Type.Array(Type.String({ format: "uuid" }), { maxItems: 500 }), version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export const AddresseeBodySchema = Type.Object(
  { text: Type.String({ maxLength: 200 }), version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export const VersionBodySchema = Type.Object(
  { version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

/** The chapters a report can have; a text for any other is refused. */

const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const reportErrors = errors(400, 401, 403, 404, 409);

/** The same six endpoints for each kind of report, below its own path and with its own key. */
function reportEndpoints<
  const P extends typeof regionReportPaths | typeof municipalityReportPaths | typeof centreReportPaths,
  const K extends TProperties,
>(paths: P, key: K, what: string) {
  const params = Type.Object({ ...key, year: Year });
  const common = { access: "reports.read", tag: "reports" } as const;
  return {
    model: endpoint(paths.model, {
      ...common,
      summary: `Read ${what}`,
      params,
      response: { 200: ReportModelSchema, ...reportErrors },
    }),
    saveChapter: endpoint(paths.saveChapter, {
      ...common,
      summary: `Save a chapter's text of ${what}`,
      params: Type.Object({ ...key, year: Year, chapter: ChapterIdSchema }),
      body: NarrativeBodySchema,
      response: { 200: ReportStepSchema, ...reportErrors },
    }),
    chooseExamples: endpoint(paths.chooseExamples, {
      ...common,
      summary: `Choose the good examples of ${what}`,
      params,
      body: ExamplesBodySchema,
      response: { 200: ReportStepSchema, ...reportErrors },
    }),
    saveAddressee: endpoint(paths.saveAddressee, {
      ...common,
      summary: `Say who ${what} is for`,
      params,
      body: AddresseeBodySchema,
      response: { 200: ReportStepSchema, ...reportErrors },
    }),
    finalize: endpoint(paths.finalize, {
      ...common,
      summary: `Mark ${what} final: its figures are frozen`,
      params,
      body: VersionBodySchema,
      response: { 200: ReportStepSchema, ...reportErrors },
    }),
    reopen: endpoint(paths.reopen, {
      ...common,
      summary: `Reopen ${what} (county coordinator; logged)`,
      params,
      body: VersionBodySchema,
      response: { 200: ReportStepSchema, ...reportErrors },
    }),
    export: endpoint(paths.export, {
      ...common,
      summary: `Download ${what} as Word, PowerPoint or Excel`,
      params: Type.Object({ ...key, year: Year, format: Type.Enum(reportFormats) }),
      response: {},
    }),
  };
}

export const regionReportEndpoints = reportEndpoints(
  regionReportPaths,
  { code: Type.String({ pattern: "^[0-9]{2}$" }) },
  "a region's annual joint report",
);
export const municipalityReportEndpoints = reportEndpoints(
  municipalityReportPaths,
  { code: Type.String({ pattern: "^[0-9]{4}$" }) },
  "a municipality's annual report",
);
export const centreReportEndpoints = reportEndpoints(
  centreReportPaths,
  { id: Type.String({ format: "uuid" }) },
  "a centre's report for its verksamhetsberättelse",
);
