import { countText } from "../format.ts";
import type { Cell } from "../model.ts";

/**
 * A small Swedish phrase layer for the report's drafts: numbers with the noun in the
 * right number, lists joined the Swedish way, quoted statements. Figures that are
 * hidden never reach a phrase: the templates (drafts.ts) leave them out or say so.
 */

/** A noun in its singular and plural indefinite forms: "familjecentral", "familjecentraler". */
export interface Noun {
  one: string;
  many: string;
  /** The form after "ingen/inga": "ingen vuxen besökare", "inga barn". */
  none?: string;
}

export const nouns = {
  centre: { one: "familjecentral", many: "familjecentraler" },
  municipality: { one: "kommun", many: "kommuner" },
  adult: { one: "vuxen besökare", many: "vuxna besökare" },
  child: { one: "barn", many: "barn" },
  staff: { one: "medarbetare", many: "medarbetare" },
  example: { one: "gott exempel", many: "goda exempel" },
  family: { one: "familj", many: "familjer" },
  person: { one: "person", many: "personer" },
} satisfies Record<string, Noun>;

/** "1 familjecentral", "41 familjecentraler", "inga familjecentraler". */
export function counted(count: number, noun: Noun): string {
  if (count === 0) return `inga ${noun.none ?? noun.many}`;
  return `${countText(count)} ${count === 1 ? noun.one : noun.many}`;
}

/** The noun alone in the number the count asks for: "av 1 familjecentral", "av 41 familjecentraler". */
export const agreeing = (count: number, noun: Noun) => (count === 1 ? noun.one : noun.many);

/** "a", "a och b", "a, b och c". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} och ${items.at(-1)}`;
}

/** A statement, question or rule in Swedish quotes without its closing punctuation: ”jag känner mig välkommen”. */
export const quoted = (text: string) => `”${text.trim().replace(/[.?!:]+$/, "")}”`;

/** The first letter upper case: a sentence built from lower-case parts. */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A figure that can go into a sentence: a number; hidden and missing figures cannot. */
export const shown = (cell: Cell | undefined): cell is number => typeof cell === "number";

/** Sentences joined into a paragraph, the empty ones left out. */
export const paragraph = (...sentences: (string | false | undefined)[]) =>
  sentences.filter((s): s is string => typeof s === "string" && s.length > 0).join(" ");
