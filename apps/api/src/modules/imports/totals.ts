import {
  type AnonymousSurveyKind,
  describeQuestions,
  instrumentUsedIn,
  meanOnlyValue,
  type QuestionDescription,
  respondentCell,
  splitGroupsOf,
} from "@fcs/surveys";
import type { ImportTable } from "./file-reading.ts";
import { looseText } from "./mapping.ts";
import { importedOrigin } from "./origin.ts";

/**
 * A totals file, as the template (docs/guide/import.md) names its columns: the centre, the year,
 * the question (its key or Swedish title), how many answered, and either a column per answer
 * (its value or name: "1" … "5", "Ja", "Nej") with how many gave it, or the mean. A row whose
 * question is "*" or "Antal svarande" gives the centre's respondents that year; without one, the
 * largest count of its questions is taken.
 */
const roles = {
  centre: /^(familjecentral(en)?|enhet|centre|center)$/,
  year: /^(år|verksamhetsår|year)$/,
  question: /^(fråga|question|frågenyckel)$/,
  n: /^(antal|antal svar|n)$/,
  mean: /^(medelvärde|medel|mean)$/,
};
const respondentRow = /^(\*|antal svarande|svarande|respondents)$/;

/** One count a totals row adds: a question's value (or mean) under the total or one of its splits. */
export interface TotalsCell {
  questionKey: string;
  breakdown: string;
  value: string;
  n: number;
}

export interface TotalsRow {
  centreId: string;
  year: number;
  /** The counts it adds, the channel and language splits included. */
  cells: TotalsCell[];
  /** How many it says answered: the question's count, or the respondents of a respondents' row. */
  n: number;
  respondents: boolean;
  /** The row as a spreadsheet numbers it. */
  line: number;
}

export interface TotalsProblem {
  row: number;
  column: string | null;
  message: string;
}

/** Number as a Swedish export writes it: "4,25" or "4.25"; a whole number for counts. */
const numberOf = (text: string) => (/^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : undefined);

export function readTotals(
  table: ImportTable,
  kind: AnonymousSurveyKind,
  context: {
    centreOf: (text: string) => string | undefined;
    currentYear: number;
    /** The centre-years that already have answers: each comes in whole and once. */
    answered: ReadonlySet<string>;
  },
): { rows: TotalsRow[]; problems: TotalsProblem[]; problemRows: number; missing: string[] } {
  const find = (pattern: RegExp) => table.columns.findIndex((c) => pattern.test(looseText(c)));
  const at = { centre: find(roles.centre), year: find(roles.year), question: find(roles.question), n: find(roles.n) };
  const meanAt = find(roles.mean);
  const missing = Object.entries(at)
    .filter(([, index]) => index < 0)
    .map(([role]) => ({ centre: "Familjecentral", year: "År", question: "Fråga", n: "Antal" })[role] ?? role);
  if (missing.length > 0) return { rows: [], problems: [], problemRows: 0, missing };
  const used = new Set([at.centre, at.year, at.question, at.n, meanAt]);
  const answerColumns = table.columns.map((name, index) => ({ name, index })).filter((c) => !used.has(c.index));

  const questionsOf = new Map<number, QuestionDescription[]>();
  const questionsIn = (year: number) => {
    let known = questionsOf.get(year);
    if (!known) {
      known = describeQuestions(instrumentUsedIn(kind, year)).filter((q) =>
        ["scale", "choice", "boolean"].includes(q.kind),
      );
      questionsOf.set(year, known);
    }
    return known;
  };

  const rows: TotalsRow[] = [];
  const problems: TotalsProblem[] = [];
  const seen = new Set<string>();
  let problemRows = 0;
  table.rows.forEach((row, index) => {
    const line = index + 2;
    const cell = (i: number) => (row[i] ?? "").trim();
    const rowProblems: Omit<TotalsProblem, "row">[] = [];
    const problem = (column: number | null, message: string) =>
      rowProblems.push({ column: column === null ? null : (table.columns[column] ?? null), message });

    const centreText = cell(at.centre);
    const centreId = context.centreOf(centreText);
    if (!centreId)
      problem(
        at.centre,
        centreText ? `familjecentralen "${centreText}" finns inte i regionen` : "familjecentralen saknas",
      );
    const yearText = cell(at.year);
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
    if (year === undefined || year < 2000 || year >= context.currentYear)
      problem(
        at.year,
        `året ska vara ett tidigare år än ${context.currentYear}${yearText ? `, inte "${yearText}"` : ""}`,
      );
    else if (centreId && context.answered.has(`${centreId}|${year}`))
      problem(at.year, `familjecentralen har redan svar för ${year}: ett år importeras helt och en gång`);
    const n = numberOf(cell(at.n));
    if (n === undefined || !Number.isInteger(n) || n < 1) problem(at.n, "antalet ska vara ett heltal från 1");

    const questionText = cell(at.question);
    const respondents = respondentRow.test(looseText(questionText));
    const question =
      year === undefined || respondents
        ? undefined
        : questionsIn(year).find(
            (q) => looseText(q.key) === looseText(questionText) || looseText(q.title) === looseText(questionText),
          );
    if (!respondents && year !== undefined && !question)
      problem(at.question, `frågan "${questionText}" finns inte som skala, val eller ja/nej-fråga i enkäten ${year}`);

    const cells: TotalsCell[] = [];
    if (question && n !== undefined) {
      // Ratings are counted under the splits too, as a response's are (rollup.ts); choices only in the total.
      const groups = [
        "",
        ...(question.kind === "scale" ? splitGroupsOf(instrumentUsedIn(kind, year as number), {}, importedOrigin) : []),
      ];
      const add = (value: string, count: number) => {
        for (const breakdown of groups) cells.push({ questionKey: question.key, breakdown, value, n: count });
      };
      const given = answerColumns.filter((c) => cell(c.index) !== "");
      const meanText = meanAt >= 0 ? cell(meanAt) : "";
      if (given.length > 0) {
        let sum = 0;
        for (const column of given) {
          const option = question.options.find(
            (o) => looseText(o.value) === looseText(column.name) || looseText(o.label) === looseText(column.name),
          );
          const count = numberOf(cell(column.index));
          if (!option) problem(column.index, `kolumnen är inget svar på frågan "${question.title}"`);
          else if (count === undefined || !Number.isInteger(count) || count < 0)
            problem(column.index, "antalet ska vara ett heltal från 0");
          else if (count > 0) {
            sum += count;
            add(option.value, count);
          }
        }
        if (rowProblems.length === 0 && sum !== n)
          problem(at.n, `svaren per alternativ blir ${sum} tillsammans, inte ${n}`);
      } else if (meanText !== "") {
        const mean = numberOf(meanText);
        if (question.kind !== "scale") problem(meanAt, "ett medelvärde går bara för en skalfråga");
        else if (mean === undefined || mean < (question.min ?? 1) || mean > (question.max ?? 5))
          problem(meanAt, `medelvärdet ska vara från ${question.min} till ${question.max}`);
        else add(meanOnlyValue(Math.round(mean * 1000) / 1000), n);
      } else problem(null, "raden har varken antal per svar eller medelvärde");
    }
    const key = `${centreId}|${year}|${respondents ? "*" : question?.key}`;
    if (centreId && year !== undefined && seen.has(key)) problem(at.question, "frågan finns redan på en rad ovanför");
    seen.add(key);

    if (rowProblems.length > 0) {
      problemRows++;
      for (const p of rowProblems) if (problems.length < 500) problems.push({ row: line, ...p });
    } else if (centreId && year !== undefined && n !== undefined)
      rows.push({ centreId, year, n, respondents, cells, line });
  });
  return { rows, problems, problemRows, missing: [] };
}

/** The respondents of each centre-year: its own row, or the largest count among its questions. */
export function respondentCells(rows: TotalsRow[], kind: AnonymousSurveyKind) {
  const byCentreYear = new Map<string, { centreId: string; year: number; n: number; given: boolean }>();
  for (const row of rows) {
    const key = `${row.centreId}|${row.year}`;
    const known = byCentreYear.get(key) ?? { centreId: row.centreId, year: row.year, n: 0, given: false };
    if (row.respondents) byCentreYear.set(key, { ...known, n: row.n, given: true });
    else if (!known.given) byCentreYear.set(key, { ...known, n: Math.max(known.n, row.n) });
  }
  return [...byCentreYear.values()].flatMap(({ centreId, year, n }) =>
    ["", ...splitGroupsOf(instrumentUsedIn(kind, year), {}, importedOrigin)].map((breakdown) => ({
      centreId,
      year,
      questionKey: respondentCell.questionKey,
      breakdown,
      value: respondentCell.value,
      n,
    })),
  );
}
