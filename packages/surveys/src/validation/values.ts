import { dontKnowValue } from "../kinds.ts";
import type { QuestionMeta } from "../types.ts";
import type { AnswerValue } from "./types.ts";

/** Either the normalised value, or the Swedish sentence that says what is wrong with it. */
export type Checked = { value: AnswerValue } | { error: string };

export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

/** U+0000 and lone UTF-16 surrogates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is exactly what this finds.
const unstorable = /\u0000|\p{Cs}/u;

/** Whether a text holds what PostgreSQL cannot store in text or jsonb: U+0000, or half a UTF-16 pair. */
export const hasUnstorableCharacters = (text: string): boolean => unstorable.test(text);

/** Numbers may arrive as text from some clients ("12", "7,5"); anything else numeric is refused. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && /^-?\d+([.,]\d+)?$/.test(value.trim()))
    return Number(value.trim().replace(",", "."));
  return undefined;
}

const formatNumber = (n: number) => String(n).replace(".", ",");

/** An offending value as text for a message; JSON, since String() can throw on objects sent as answers. */
const describe = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

function checkNumber(value: unknown, min: number, max: number, integer: boolean): Checked {
  const n = toNumber(value);
  const range = `från ${formatNumber(min)} till ${formatNumber(max)}`;
  if (n === undefined) return { error: `ska vara ett ${integer ? "heltal" : "tal"} ${range}` };
  if (integer && !Number.isInteger(n)) return { error: `ska vara ett heltal ${range}` };
  if (n < min || n > max) return { error: `ska vara ${range}, inte ${formatNumber(n)}` };
  return { value: n };
}

function checkMultiChoice(value: unknown, values: string[]): Checked {
  if (!Array.isArray(value)) return { error: "ska vara en lista med svarsalternativ" };
  const unknown = value.filter((v) => typeof v !== "string" || !values.includes(v));
  if (unknown.length > 0) return { error: `innehåller okända svarsalternativ: ${unknown.map(describe).join(", ")}` };
  if (new Set(value).size !== value.length) return { error: "innehåller samma svarsalternativ flera gånger" };
  return { value: value as string[] };
}

function checkGrid(value: unknown, meta: Extract<QuestionMeta, { kind: "grid" }>): Checked {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { error: "ska vara en tabell (objekt)" };
  const result: Record<string, Record<string, number>> = {};
  for (const [row, cells] of Object.entries(value)) {
    if (!meta.rows.includes(row)) return { error: `har en okänd rad: ${row}` };
    if (typeof cells !== "object" || cells === null || Array.isArray(cells))
      return { error: `rad ${row} ska vara ett objekt` };
    const normalised: Record<string, number> = {};
    for (const [column, cell] of Object.entries(cells)) {
      if (!meta.columns.includes(column)) return { error: `har en okänd kolumn: ${column}` };
      if (isEmpty(cell)) continue;
      const checked = checkNumber(cell, meta.min, meta.max, meta.integer);
      if ("error" in checked) return { error: `${row}/${column} ${checked.error}` };
      normalised[column] = checked.value as number;
    }
    if (Object.keys(normalised).length > 0) result[row] = normalised;
  }
  return { value: result };
}

/** Checks one non-empty value against its question's kind and normalises it. */
export function checkValue(meta: QuestionMeta, value: unknown): Checked {
  switch (meta.kind) {
    case "scale":
      if (meta.dontKnow && value === dontKnowValue) return { value };
      return checkNumber(value, meta.min, meta.max, true);
    case "number":
      return checkNumber(value, meta.min, meta.max, meta.integer);
    case "choice":
      return typeof value === "string" && meta.values.includes(value)
        ? { value }
        : { error: `ska vara ett av svarsalternativen ${meta.values.join(", ")}` };
    case "multi_choice":
      return checkMultiChoice(value, meta.values);
    case "boolean":
      return typeof value === "boolean" ? { value } : { error: "ska vara true (ja) eller false (nej)" };
    case "free_text":
      if (typeof value !== "string") return { error: "ska vara text" };
      if (hasUnstorableCharacters(value))
        return { error: "innehåller ett tecken som inte kan sparas (U+0000 eller ett ofullständigt tecken)" };
      return value.length > meta.maxLength
        ? { error: `får vara högst ${meta.maxLength} tecken` }
        : { value: value.trim() };
    case "grid":
      return checkGrid(value, meta);
  }
}
