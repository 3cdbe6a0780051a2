import { Type } from "typebox";
import { endpoint, errors } from "./endpoint.ts";
import { importPaths } from "./paths.ts";
import { SurveyParam } from "./results.ts";

/** The largest file an import takes: some 100,000 respondents of a survey with every question. */
export const maxImportBytes = 40 * 1024 * 1024;

const RegionParams = Type.Object({
  code: Type.String({ pattern: "^[0-9]{2}$", description: "SCB county code" }),
});

export const ImportMappingSchema = Type.Object(
  {
    centre: Type.String({ description: "The column naming the centre: its name in the platform, or its id" }),
    year: Type.String({ description: "The column holding the activity year" }),
    questions: Type.Record(Type.String(), Type.String(), { description: "Column → question key" }),
    values: Type.Record(Type.String(), Type.Record(Type.String(), Type.String()), {
      description: "Question key → a value as the file writes it → the option's value ('' = not answered)",
    }),
  },
  { additionalProperties: false },
);

const ImportFileSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: "The file's name: .csv, .txt or .xlsx" }),
    content: Type.String({
      maxLength: Math.ceil(maxImportBytes / 3) * 4,
      pattern: "^[A-Za-z0-9+/]*={0,2}$",
      description: "The file, base64",
    }),
  },
  { additionalProperties: false },
);

const Source = Type.String({
  minLength: 1,
  maxLength: 100,
  description: "Where the file comes from (the previous tool): its mapping is saved under this name",
});

export const ReadImportBodySchema = Type.Object(
  { survey: SurveyParam, source: Source, file: ImportFileSchema },
  { additionalProperties: false },
);

export const RunImportBodySchema = Type.Object(
  {
    survey: SurveyParam,
    source: Source,
    file: ImportFileSchema,
    mapping: ImportMappingSchema,
    mode: Type.Enum(["preview", "dry_run", "import"], {
      description: "preview: every problem per row; dry_run: the whole import, rolled back; import: stored",
    }),
  },
  { additionalProperties: false },
);

export const TotalsImportBodySchema = Type.Object(
  {
    survey: SurveyParam,
    source: Source,
    file: ImportFileSchema,
    mode: Type.Enum(["preview", "dry_run", "import"], {
      description: "preview: every problem per row; dry_run: the whole import, rolled back; import: stored",
    }),
  },
  { additionalProperties: false },
);

export const ImportFileViewSchema = Type.Object({
  rows: Type.Integer({ description: "Rows of data, the heading row not counted" }),
  format: Type.String({ description: "How the file was read, e.g. 'CSV, Windows-1252, semikolon' or 'Excel'" }),
  columns: Type.Array(
    Type.Object({
      name: Type.String(),
      values: Type.Array(Type.String(), { description: "Its different values, the first 40" }),
      distinct: Type.Integer(),
    }),
  ),
  questions: Type.Array(
    Type.Object({
      key: Type.String(),
      title: Type.String(),
      kind: Type.String(),
      options: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
    }),
    { description: "The survey's questions the file can be mapped to (the oldest version's, as earlier years use)" },
  ),
  mapping: ImportMappingSchema,
  saved: Type.Boolean({
    description: "The mapping is the one saved for this source; else suggested from the headings",
  }),
});

export const ImportRunSchema = Type.Object({
  mode: Type.String(),
  rows: Type.Integer(),
  accepted: Type.Integer({ description: "Rows that are (or would be) stored" }),
  problemRows: Type.Integer({ description: "Rows left out for a problem" }),
  problems: Type.Array(
    Type.Object({
      row: Type.Integer({ description: "The row as a spreadsheet numbers it: the heading is row 1" }),
      column: Type.Union([Type.String(), Type.Null()]),
      message: Type.String(),
    }),
    { description: "The first 500 problems, by row" },
  ),
  years: Type.Array(Type.Object({ year: Type.Integer(), centres: Type.Integer(), responses: Type.Integer() }), {
    description: "What is (or would be) brought in, per year",
  }),
  importId: Type.Union([Type.String(), Type.Null()]),
});

export const ImportSchema = Type.Object({
  id: Type.String(),
  survey: Type.String(),
  source: Type.String(),
  fileName: Type.String(),
  form: Type.Enum(["responses", "totals"], { description: "One row per respondent, or totals only" }),
  responses: Type.Integer({ description: "Respondents brought in" }),
  years: Type.Array(Type.Integer()),
  createdAt: Type.String({ format: "date-time" }),
  createdBy: Type.String(),
  undoneAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
});

const importErrors = errors(400, 401, 403, 404, 409, 413);

/** Bringing in a region's earlier years from the tool it used before, and undoing that. */
export const importEndpoints = {
  list: endpoint(importPaths.list, {
    access: "imports.manage",
    tag: "imports",
    summary: "The region's imports, newest first",
    params: RegionParams,
    response: { 200: Type.Object({ imports: Type.Array(ImportSchema) }), ...importErrors },
  }),
  read: endpoint(importPaths.read, {
    access: "imports.manage",
    tag: "imports",
    summary: "Read a CSV or Excel file: its columns and values, and the saved or suggested mapping",
    params: RegionParams,
    body: ReadImportBodySchema,
    response: { 200: ImportFileViewSchema, ...importErrors },
  }),
  run: endpoint(importPaths.run, {
    access: "imports.manage",
    tag: "imports",
    summary: "Preview, dry-run or import a file with a mapping; the mapping is saved for its source",
    params: RegionParams,
    body: RunImportBodySchema,
    response: { 200: ImportRunSchema, 201: ImportRunSchema, ...importErrors },
  }),
  totals: endpoint(importPaths.totals, {
    access: "imports.manage",
    tag: "imports",
    summary: "Preview, dry-run or import totals: per centre, year and question, counts per answer or a mean",
    description:
      "Columns Familjecentral, År, Fråga, Antal, and either one column per answer (its value or name) or Medelvärde. " +
      "A row with the question '*' gives the centre's respondents that year.",
    params: RegionParams,
    body: TotalsImportBodySchema,
    response: { 200: ImportRunSchema, 201: ImportRunSchema, ...importErrors },
  }),
  undo: endpoint(importPaths.undo, {
    access: "imports.manage",
    tag: "imports",
    summary: "Take a whole import out again: its answers leave the results and are deleted",
    params: Type.Object({ ...RegionParams.properties, importId: Type.String({ format: "uuid" }) }),
    response: { 200: ImportSchema, ...importErrors },
  }),
};
