import { maxImportBytes } from "@fcs/contracts/imports";
import type { AccessScope } from "@fcs/db";
import { type AnonymousSurveyKind, type Answers, instrumentUsedIn, type QuestionDescription } from "@fcs/surveys";
import { type Clock, swedishDate } from "../../clock.ts";
import { AppError, notFound } from "../../errors.ts";
import type { RegionRepository } from "../regions/repository.ts";
import { type ImportTable, readImportFile } from "./file-reading.ts";
import { answersOfRow, type ImportMapping, importableQuestions, looseText, suggestMapping } from "./mapping.ts";
import type { ImportedRow, ImportRepository } from "./repository.ts";
import { readTotals, respondentCells } from "./totals.ts";

interface Actor {
  userId: string;
  scope: AccessScope;
}

interface ImportFile {
  name: string;
  content: string;
}

/** Problems sent back at most: enough to fix a file by, small enough for the page. */
const maxProblems = 500;
/** Values of a column shown for mapping. */
const valuesShown = 40;

/** Respondents of a centre in a year: one row of a file, or a centre-year's count in a totals file. */
interface Sized {
  centreId: string;
  year: number;
  n: number;
}

const sumPerCentreYear = (sizes: readonly Sized[]) => {
  const sums = new Map<string, number>();
  for (const { centreId, year, n } of sizes)
    sums.set(`${centreId}|${year}`, (sums.get(`${centreId}|${year}`) ?? 0) + n);
  return sums;
};

/** A dry run or an import of a file none of whose rows can come in; the preview names each row's problem. */
const nothingToImport = () =>
  new AppError(
    400,
    "nothing_to_import",
    "Ingen rad i filen kan importeras. Välj Förhandsgranska för att se vad som är fel på varje rad.",
  );

/** What an import brings in per year: how many centres, how many respondents. */
function perYear(sizes: readonly Sized[]) {
  const years = new Map<number, { centres: Set<string>; responses: number }>();
  for (const { centreId, year, n } of sizes) {
    const entry = years.get(year) ?? { centres: new Set<string>(), responses: 0 };
    entry.centres.add(centreId);
    entry.responses += n;
    years.set(year, entry);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, e]) => ({ year, centres: e.centres.size, responses: e.responses }));
}

/**
 * Bringing in a region's earlier years from the tool it used before: read a file, map its
 * columns and values to a survey's questions, preview every problem per row, dry-run, import,
 * undo. A centre's survey year is imported whole and once: a row for a centre-year that already
 * has answers is refused, so an import never mixes with collected answers (nor with another
 * import), and its publication and its undo each move a centre-year by all of its answers.
 */
export function createImportService(
  repository: ImportRepository,
  regions: Pick<RegionRepository, "ensureInScope">,
  options: { clock: Clock; threshold: number; publish: () => Promise<unknown> },
) {
  const { clock, threshold, publish } = options;
  const currentYear = () => Number(swedishDate(clock()).slice(0, 4));
  /** Earlier years are read with the oldest version this release ships; that is the one a mapping names. */
  const mappingInstrument = (kind: AnonymousSurveyKind) => instrumentUsedIn(kind, currentYear() - 1);

  /** The region's centres by name or id, and the centre-years of the survey that already have answers. */
  async function regionOf(regionCode: string, kind: AnonymousSurveyKind) {
    const [centres, answered] = await Promise.all([
      repository.centresOf(regionCode),
      repository.answeredCentreYears(kind, regionCode),
    ]);
    const centreByKey = new Map<string, string>();
    for (const c of centres) {
      centreByKey.set(c.id, c.id);
      centreByKey.set(looseText(c.name), c.id);
    }
    return { centreOf: (text: string) => centreByKey.get(looseText(text)), answered };
  }

  async function tableOf(file: ImportFile): Promise<ImportTable> {
    const bytes = Buffer.from(file.content, "base64");
    if (bytes.length > maxImportBytes)
      throw new AppError(413, "file_too_large", `Filen är större än ${maxImportBytes / 1024 / 1024} MB.`);
    return readImportFile(file.name, bytes);
  }

  /** Every row checked: the good ones ready to store, and each problem with its row and column. */
  async function check(regionCode: string, kind: AnonymousSurveyKind, table: ImportTable, mapping: ImportMapping) {
    const columnIndex = new Map(table.columns.map((c, i) => [c, i]));
    const missing = [mapping.centre, mapping.year, ...Object.keys(mapping.questions)].filter(
      (c) => !columnIndex.has(c),
    );
    if (missing.length > 0)
      throw new AppError(
        400,
        "invalid_mapping",
        `Kopplingen nämner kolumner som filen inte har: ${missing.map((c) => `"${c}"`).join(", ")}.`,
        missing.map((c) => ({ field: "body.mapping", message: `kolumnen "${c}" finns inte i filen` })),
      );
    if (Object.keys(mapping.questions).length === 0)
      throw new AppError(400, "invalid_mapping", "Koppla minst en kolumn till en fråga.", [
        { field: "body.mapping.questions", message: "ingen kolumn är kopplad till en fråga" },
      ]);
    const { centreOf, answered } = await regionOf(regionCode, kind);
    const thisYear = currentYear();
    const questionsByYear = new Map<number, Map<string, QuestionDescription>>();
    const questionsOf = (year: number) => {
      let known = questionsByYear.get(year);
      if (!known) {
        known = new Map(importableQuestions(instrumentUsedIn(kind, year)).map((q) => [q.key, q]));
        questionsByYear.set(year, known);
      }
      return known;
    };

    const accepted: (ImportedRow & { line: number })[] = [];
    const problems: { row: number; column: string | null; message: string }[] = [];
    let problemRows = 0;
    table.rows.forEach((row, index) => {
      const line = index + 2;
      const rowProblems: { column: string | null; message: string }[] = [];
      const centreText = (row[columnIndex.get(mapping.centre) ?? -1] ?? "").trim();
      const centreId = centreOf(centreText);
      if (!centreId)
        rowProblems.push({
          column: mapping.centre,
          message: centreText ? `familjecentralen "${centreText}" finns inte i regionen` : "familjecentralen saknas",
        });
      const yearText = (row[columnIndex.get(mapping.year) ?? -1] ?? "").trim();
      const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
      if (year === undefined || year < 2000 || year >= thisYear)
        rowProblems.push({
          column: mapping.year,
          message: `året ska vara ett tidigare år än ${thisYear}${yearText ? `, inte "${yearText}"` : ""}`,
        });
      else if (centreId && answered.has(`${centreId}|${year}`))
        rowProblems.push({
          column: mapping.year,
          message: `familjecentralen har redan svar för ${year}: ett år importeras helt och en gång`,
        });
      let answers: Answers = {};
      if (year !== undefined && year < thisYear && year >= 2000) {
        const result = answersOfRow(row, columnIndex, mapping, instrumentUsedIn(kind, year), questionsOf(year));
        rowProblems.push(...result.problems);
        answers = result.answers as Answers;
        if (rowProblems.length === 0 && Object.keys(answers).length === 0)
          rowProblems.push({ column: null, message: "raden har inga svar" });
      }
      if (rowProblems.length > 0) {
        problemRows++;
        for (const p of rowProblems) if (problems.length < maxProblems) problems.push({ row: line, ...p });
      } else if (centreId && year !== undefined) accepted.push({ centreId, year, answers, line });
    });
    const { kept, left } = withoutSmallCentreYears(
      accepted,
      accepted.map((row) => ({ ...row, n: 1 })),
    );
    problemRows += left.length;
    return {
      accepted: kept.map(({ line: _, ...row }) => row),
      problems: [...problems, ...left].sort((a, b) => a.row - b.row).slice(0, maxProblems),
      problemRows,
    };
  }

  /**
   * The rows of centre-years whose respondents (`sizes`) add up to at least the minimum group size,
   * and a problem for each row of the others: they would never be shown, nor published.
   */
  function withoutSmallCentreYears<T extends { centreId: string; year: number; line: number }>(
    rows: T[],
    sizes: readonly Sized[],
  ) {
    const small = new Set([...sumPerCentreYear(sizes)].filter(([, n]) => n < threshold).map(([key]) => key));
    const isSmall = (row: { centreId: string; year: number }) => small.has(`${row.centreId}|${row.year}`);
    return {
      kept: rows.filter((row) => !isSmall(row)),
      left: rows.filter(isSmall).map((row) => ({
        row: row.line,
        column: null,
        message: `familjecentralen har färre än ${threshold} svarande ${row.year} i filen: de skulle aldrig visas och importeras inte`,
      })),
      isSmall,
    };
  }

  return {
    list: async (actor: Actor, regionCode: string) => {
      await regions.ensureInScope(actor.scope, regionCode);
      return { imports: await repository.list(regionCode) };
    },

    /** A file's columns and values, with the mapping saved for its source or one suggested from its headings. */
    async read(
      actor: Actor,
      regionCode: string,
      body: { survey: AnonymousSurveyKind; source: string; file: ImportFile },
    ) {
      await regions.ensureInScope(actor.scope, regionCode);
      const table = await tableOf(body.file);
      const instrument = mappingInstrument(body.survey);
      const saved = await repository.savedMapping(regionCode, body.survey, body.source.trim());
      const columns = table.columns.map((name, i) => {
        const values = new Set<string>();
        for (const row of table.rows) {
          const value = (row[i] ?? "").trim();
          if (value !== "") values.add(value);
        }
        return { name, values: [...values].slice(0, valuesShown), distinct: values.size };
      });
      return {
        rows: table.rows.length,
        format: table.format,
        columns,
        questions: importableQuestions(instrument).map(({ key, title, kind, options }) => ({
          key,
          title,
          kind,
          options,
        })),
        mapping: saved ?? suggestMapping(table.columns, instrument),
        saved: saved !== undefined,
      };
    },

    /** Preview (problems only), dry run (the whole import, rolled back) or import. */
    async run(
      actor: Actor,
      regionCode: string,
      body: {
        survey: AnonymousSurveyKind;
        source: string;
        file: ImportFile;
        mapping: ImportMapping;
        mode: "preview" | "dry_run" | "import";
      },
    ) {
      await regions.ensureInScope(actor.scope, regionCode);
      const table = await tableOf(body.file);
      const { accepted, problems, problemRows } = await check(regionCode, body.survey, table, body.mapping);
      let importId: string | null = null;
      if (body.mode !== "preview") {
        if (accepted.length === 0) throw nothingToImport();
        const stored = await repository.store(
          {
            regionCode,
            kind: body.survey,
            source: body.source.trim(),
            fileName: body.file.name,
            mapping: body.mapping,
            rows: accepted,
            actorId: actor.userId,
            currentYear: currentYear(),
          },
          body.mode === "dry_run",
        );
        // The imported years are published at once (the minimum group size still holds), so the trend shows them.
        if (body.mode === "import") {
          importId = stored;
          await publish();
        }
      }
      return {
        mode: body.mode,
        rows: table.rows.length,
        accepted: accepted.length,
        problemRows,
        problems,
        years: perYear(accepted.map((row) => ({ ...row, n: 1 }))),
        importId,
      };
    },

    /** Totals only (per centre, year and question: counts per answer, or a mean): preview, dry run or import. */
    async runTotals(
      actor: Actor,
      regionCode: string,
      body: { survey: AnonymousSurveyKind; source: string; file: ImportFile; mode: "preview" | "dry_run" | "import" },
    ) {
      await regions.ensureInScope(actor.scope, regionCode);
      const table = await tableOf(body.file);
      const read = readTotals(table, body.survey, {
        ...(await regionOf(regionCode, body.survey)),
        currentYear: currentYear(),
      });
      if (read.missing.length > 0)
        throw new AppError(
          400,
          "invalid_totals_file",
          `Filen saknar kolumnerna ${read.missing.map((c) => `"${c}"`).join(", ")}. Se mallen i guiden.`,
        );
      const respondents = respondentCells(read.rows, body.survey);
      const { kept, left, isSmall } = withoutSmallCentreYears(
        read.rows,
        respondents.filter((c) => c.breakdown === ""),
      );
      const keptRespondents = respondents.filter((c) => !isSmall(c));
      const cells = [
        ...kept.flatMap((row) => row.cells.map((cell) => ({ ...cell, centreId: row.centreId, year: row.year }))),
        ...keptRespondents,
      ];
      const totalRespondents = keptRespondents.filter((c) => c.breakdown === "").reduce((s, c) => s + c.n, 0);
      let importId: string | null = null;
      if (body.mode !== "preview") {
        if (cells.length === 0) throw nothingToImport();
        const stored = await repository.storeTotals(
          {
            regionCode,
            kind: body.survey,
            source: body.source.trim(),
            fileName: body.file.name,
            cells,
            respondents: totalRespondents,
            actorId: actor.userId,
            currentYear: currentYear(),
          },
          body.mode === "dry_run",
        );
        if (body.mode === "import") importId = stored;
      }
      return {
        mode: body.mode,
        rows: table.rows.length,
        accepted: kept.length,
        problemRows: read.problemRows + left.length,
        problems: [...read.problems, ...left].sort((a, b) => a.row - b.row).slice(0, maxProblems),
        years: perYear(keptRespondents.filter((c) => c.breakdown === "")),
        importId,
      };
    },

    async undo(actor: Actor, regionCode: string, importId: string) {
      await regions.ensureInScope(actor.scope, regionCode);
      if (!(await repository.undo(regionCode, importId, actor.userId))) {
        const known = (await repository.list(regionCode)).find((i) => i.id === importId);
        if (known) throw new AppError(409, "already_undone", "Importen är redan ångrad.");
        throw notFound("Importen finns inte i regionen.");
      }
      const undone = (await repository.list(regionCode)).find((i) => i.id === importId);
      if (!undone) throw notFound("Importen finns inte i regionen.");
      return undone;
    },
  };
}
