import { axisStatements } from "./axes.ts";
import { besokBarn2025 } from "./instruments/besok_barn/2025.ts";
import { besokBarn2026 } from "./instruments/besok_barn/2026.ts";
import { besokBarn2027 } from "./instruments/besok_barn/2027.ts";
import { besokVuxen2025 } from "./instruments/besok_vuxen/2025.ts";
import { besokVuxen2026 } from "./instruments/besok_vuxen/2026.ts";
import { besokVuxen2027 } from "./instruments/besok_vuxen/2027.ts";
import { kvalitetsuppfoljning2025 } from "./instruments/kvalitetsuppfoljning/2025.ts";
import { kvalitetsuppfoljning2026 } from "./instruments/kvalitetsuppfoljning/2026.ts";
import { kvalitetsuppfoljning2027 } from "./instruments/kvalitetsuppfoljning/2027.ts";
import { spindel2025 } from "./instruments/spindel/2025.ts";
import { spindel2026 } from "./instruments/spindel/2026.ts";
import { spindel2027 } from "./instruments/spindel/2027.ts";
import type { SurveyKind } from "./kinds.ts";
import { walk } from "./localize.ts";
import type { Instrument, SpiderAxis } from "./types.ts";

/** Every instrument version this release ships; a new activity year adds one file per kind. */
export const instruments: readonly Instrument[] = [
  kvalitetsuppfoljning2025,
  kvalitetsuppfoljning2026,
  kvalitetsuppfoljning2027,
  spindel2025,
  spindel2026,
  spindel2027,
  besokVuxen2025,
  besokVuxen2026,
  besokVuxen2027,
  besokBarn2025,
  besokBarn2026,
  besokBarn2027,
];

export function findInstrument(kind: SurveyKind, year: number): Instrument | undefined {
  return instruments.find((i) => i.kind === kind && i.year === year);
}

export function yearsOf(kind: SurveyKind): number[] {
  return instruments.filter((i) => i.kind === kind).map((i) => i.year);
}

/**
 * The instrument a year's answers were given on: that year's own, or for a
 * year before the oldest version this release ships, the oldest (history
 * imported from earlier follow-ups is read with it).
 */
export function instrumentUsedIn(kind: SurveyKind, year: number): Instrument {
  const own = findInstrument(kind, year);
  if (own) return own;
  const versions = instruments.filter((i) => i.kind === kind).sort((a, b) => a.year - b.year);
  const used = versions.find((i) => i.year > year) ?? versions[versions.length - 1];
  if (!used) throw new Error(`no instrument for ${kind}`);
  return used;
}

/**
 * The years a question kept its key but changed its wording (its Swedish title differs from the
 * version before): a break in its trend, which charts and tables mark ("formuleringen ändrad 2027").
 * A question whose meaning changed gets a new key instead, and so no break.
 */
export function rewordedYears(kind: SurveyKind, key: string): number[] {
  // Asked for every question of every trend: the versions never change, so it is worked out once.
  const cacheKey = `${kind}\t${key}`;
  const known = rewordings.get(cacheKey);
  if (known) return known;
  const years = changesOf(kind, key);
  rewordings.set(cacheKey, years);
  return years;
}
const rewordings = new Map<string, number[]>();

function changesOf(kind: SurveyKind, key: string): number[] {
  const versions = instruments.filter((i) => i.kind === kind).sort((a, b) => a.year - b.year);
  const titles = versions.map((i) => ({ year: i.year, title: titleOf(i, key) }));
  const years: number[] = [];
  for (let k = 1; k < titles.length; k++) {
    const [before, now] = [titles[k - 1], titles[k]];
    if (before?.title && now?.title && before.title !== now.title) years.push(now.year);
  }
  return years;
}

function titleOf(instrument: Instrument, key: string): string | undefined {
  for (const page of instrument.definition.pages)
    for (const element of walk(page.elements ?? [])) if (element.name === key) return String(element.title ?? "");
  // A spider axis fed by statements (2027 on) is a mean of them: another measure than one rating.
  const statements = axisStatements(instrument).get(key as SpiderAxis);
  return statements ? `medel av ${statements.join(", ")}` : undefined;
}
