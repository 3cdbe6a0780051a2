import type { ImportMappingSchema } from "@fcs/contracts/imports";
import { describeQuestions, draftValidatorFor, type Instrument, type QuestionDescription } from "@fcs/surveys";
import type { Static } from "typebox";

export type ImportMapping = Static<typeof ImportMappingSchema>;

/** The kinds of question a row of an earlier tool can answer (no numbers or grids: the follow-up is not imported). */
const importable = new Set(["scale", "choice", "multi_choice", "boolean", "free_text"]);

export const importableQuestions = (instrument: Instrument) =>
  describeQuestions(instrument).filter((q) => importable.has(q.kind));

/** A heading or value compared loosely: case, spacing and a closing question mark or full stop do not matter. */
export const looseText = (text: string) =>
  text
    .toLocaleLowerCase("sv")
    .replace(/\s+/g, " ")
    .replace(/[?.:]+$/, "")
    .trim();

/** The mapping the headings suggest: a column named as a question's key or title, and the centre and year by name. */
export function suggestMapping(columns: string[], instrument: Instrument): ImportMapping {
  const questions: Record<string, string> = {};
  const described = importableQuestions(instrument);
  for (const column of columns) {
    const match = described.find(
      (q) => looseText(q.key) === looseText(column) || looseText(q.title) === looseText(column),
    );
    if (match && !Object.values(questions).includes(match.key)) questions[column] = match.key;
  }
  const find = (pattern: RegExp) => columns.find((c) => pattern.test(looseText(c))) ?? "";
  return {
    centre: find(/^(familjecentral(en)?|centre|center|enhet|verksamhet)$/),
    year: find(/^(år|verksamhetsår|year)$/),
    questions,
    values: {},
  };
}

export interface RowProblem {
  column: string | null;
  message: string;
}

const yes = new Set(["ja", "yes", "1", "true", "sant", "j", "x"]);
const no = new Set(["nej", "no", "0", "false", "falskt", "n"]);

/** One value as the survey stores it, or undefined when the file's value is not known. */
function recognise(question: QuestionDescription, raw: string, mapped: Record<string, string>): unknown {
  if (raw in mapped) return mapped[raw];
  const value = looseText(raw);
  const option = question.options.find((o) => looseText(o.value) === value || looseText(o.label) === value);
  switch (question.kind) {
    case "scale":
      // "4", and "4,0" as Swedish Excel writes a number; the validator checks the range.
      return /^-?\d+([.,]0+)?$/.test(raw) ? Number.parseInt(raw, 10) : option ? Number(option.value) : undefined;
    case "boolean":
      return yes.has(value) ? true : no.has(value) ? false : undefined;
    case "choice":
      return option?.value;
    case "free_text":
      return raw;
    default:
      return undefined;
  }
}

/**
 * A row's answers, from the mapped columns: values known by their option's value or label,
 * or by the mapping's own table; an unknown value is a problem of the row, named with its column.
 * The answers are then checked as a draft is (no question required: an earlier tool asked
 * other questions), so what is stored is what a tablet could have sent.
 */
export function answersOfRow(
  row: readonly string[],
  columnIndex: ReadonlyMap<string, number>,
  mapping: ImportMapping,
  instrument: Instrument,
  questions: ReadonlyMap<string, QuestionDescription>,
): { answers: Record<string, unknown>; problems: RowProblem[] } {
  const answers: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  const columnOf = new Map<string, string>();
  for (const [column, key] of Object.entries(mapping.questions)) {
    const question = questions.get(key);
    if (!question) continue;
    columnOf.set(key, column);
    const raw = (row[columnIndex.get(column) ?? -1] ?? "").trim();
    if (raw === "") continue;
    const mapped = mapping.values[key] ?? {};
    const value =
      question.kind === "multi_choice"
        ? raw.split(/[|;,]/).map((part) => recognise({ ...question, kind: "choice" }, part.trim(), mapped))
        : recognise(question, raw, mapped);
    if (value === "" || (Array.isArray(value) && value.every((v) => v === ""))) continue;
    if (value === undefined || (Array.isArray(value) && value.includes(undefined)))
      problems.push({ column, message: `värdet "${raw}" är inte kopplat till något svar på frågan` });
    else answers[key] = Array.isArray(value) ? value.filter((v) => v !== "") : value;
  }
  if (problems.length === 0) {
    const checked = draftValidatorFor(instrument)(answers);
    if (!checked.ok)
      for (const issue of checked.issues)
        problems.push({ column: columnOf.get(issue.question) ?? null, message: issue.message });
    else return { answers: checked.answers, problems };
  }
  return { answers, problems };
}
