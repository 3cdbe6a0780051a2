import { countText, decimalText, percentText } from "../format.ts";
import type { Cell } from "../model.ts";
import { agreeing, capitalised, counted, listed, type Noun, nouns, paragraph, quoted, shown } from "./phrases.ts";

/**
 * The sentence templates of the report's drafts, one per case, each a plain function of
 * figures (drafts.test.ts covers 0, 1, hidden, equal and a missing year for each).
 * A hidden figure is never written as a number nor spliced in as the marker: it leaves
 * the sentence, and one sentence says what is not shown and why.
 */

/** Why a figure is missing from the text: too few answers, or hidden so a neighbour cannot be worked out. */
const notShownWhy = "så att ingen enskild kan pekas ut";

/** "År 2026 svarade 3 278 vuxna besökare, 1 614 barn och 412 medarbetare i Skåne." */
export function respondents(
  year: number,
  place: string,
  counts: { adults: Cell | undefined; children: Cell | undefined; staff: Cell | undefined },
): string {
  const groups: [Cell | undefined, Noun][] = [
    [counts.adults, nouns.adult],
    [counts.children, nouns.child],
    [counts.staff, nouns.staff],
  ];
  const numbers = groups.filter(([cell]) => shown(cell)).map(([cell, noun]) => counted(cell as number, noun));
  const hidden = groups.filter(([cell]) => typeof cell === "string").map(([, noun]) => noun.many);
  if (hidden.length === 0 && !groups.some(([cell]) => shown(cell) && cell > 0))
    return `År ${year} kom inga svar i ${place}.`;
  if (numbers.length === 0)
    return hidden.length > 0
      ? `År ${year} visas inte hur många ${listed(hidden)} som svarade i ${place}, ${notShownWhy}.`
      : `År ${year} kom inga svar i ${place}.`;
  return paragraph(
    `År ${year} svarade ${listed(numbers)} i ${place}.`,
    hidden.length > 0 && `Hur många ${listed(hidden)} som svarade visas inte, ${notShownWhy}.`,
  );
}

export interface Approved {
  approved: number;
  centres: number;
}

/** "13 av 41 familjecentraler har en godkänd kvalitetsuppföljning för 2026 (2025: 41 av 41)." */
export function approvedFollowUps(year: number, now: Approved | undefined, before?: Approved): string {
  if (!now || now.centres === 0) return "";
  if (now.centres === 1)
    return now.approved === 1
      ? `Kvalitetsuppföljningen för ${year} är godkänd.`
      : `Kvalitetsuppföljningen för ${year} är inte godkänd ännu.`;
  const last = before && before.centres > 0 ? ` (${year - 1}: ${before.approved} av ${before.centres})` : "";
  const subject =
    now.approved === now.centres
      ? `Alla ${countText(now.centres)} ${nouns.centre.many}`
      : `${countText(now.approved)} av ${counted(now.centres, nouns.centre)}`;
  return `${subject} har en godkänd kvalitetsuppföljning för ${year}${last}.`;
}

/**
 * A figure this year beside last year: "Andelen … ökade från 71 % år 2025 till 78 % år 2026."
 * No change is claimed when last year is missing or hidden, or when the two years do not
 * rest on the same centres (`comparable: false`); a hidden figure this year leaves the sentence.
 */
export function yearOnYear(o: {
  subject: string;
  year: number;
  now: Cell | undefined;
  before: Cell | undefined;
  text: (value: number) => string;
  comparable?: boolean;
}): string {
  if (!shown(o.now)) return "";
  const now = o.text(o.now);
  if (!shown(o.before) || o.comparable === false) return `${o.subject} var ${now} år ${o.year}.`;
  const before = o.text(o.before);
  if (before === now) return `${o.subject} var ${now} år ${o.year}, samma som året före.`;
  return `${o.subject} ${o.now > o.before ? "ökade" : "minskade"} från ${before} år ${o.year - 1} till ${now} år ${o.year}.`;
}

/** A percentage figure (0–100 in the report's cells) as Swedish text. */
export const percentOf = (value: number) => percentText(value / 100);

/** Something ranked by a figure: a statement, a factor, an activity. */
export interface Ranked {
  title: string;
  value: number;
}

/** "Högst andel positiva svar får ”…” (91 %), lägst ”…” (42 %)." for the adults' statements. */
export function adultsExtremes(order: Ranked[]): string {
  const best = order[0];
  const worst = order.at(-1);
  if (!best || !worst) return `Resultaten för vuxna besökare visas inte, ${notShownWhy}.`;
  if (order.length === 1) return `Bara ${quoted(best.title)} kan redovisas: ${percentOf(best.value)} positiva svar.`;
  if (percentOf(best.value) === percentOf(worst.value))
    return `Alla påståenden får samma andel positiva svar, ${percentOf(best.value)}.`;
  return `Högst andel positiva svar får ${quoted(best.title)} (${percentOf(best.value)}), lägst ${quoted(worst.title)} (${percentOf(worst.value)}).`;
}

/** "Starkast bedöms ”…” (8,1) och svagast ”…” (5,2) på skalan 1–10." */
export function spiderExtremes(order: Ranked[]): string {
  const best = order[0];
  const worst = order.at(-1);
  if (!best || !worst) return `Spindeln visas inte, ${notShownWhy}.`;
  if (order.length === 1) return `Bara ${quoted(best.title)} kan redovisas: ${decimalText(best.value)} på skalan 1–10.`;
  if (decimalText(best.value) === decimalText(worst.value))
    return `Alla faktorer bedöms lika, ${decimalText(best.value)} på skalan 1–10.`;
  return `Starkast bedöms ${quoted(best.title)} (${decimalText(best.value)}) och svagast ${quoted(worst.title)} (${decimalText(worst.value)}) på skalan 1–10.`;
}

/** The three faces, as percent (0–100) of the children who answered the question. */
export interface Faces {
  sad: number;
  middle: number;
  happy: number;
}

/** "På frågan ”Tycker du om att vara här?” valde 50 % den glada smileyn, 48 % den mittersta och 2 % den ledsna." */
export function smileys(question: string, faces: Faces | undefined): string {
  if (!faces) return "";
  return `På frågan ”${question.trim()}” valde ${percentOf(faces.happy)} den glada smileyn, ${percentOf(faces.middle)} den mittersta och ${percentOf(faces.sad)} den ledsna.`;
}

/** "Flest barn tycker om att leka (62 %), därefter att läsa böcker (40 %) och att sjunga (35 %)." */
export function activities(order: Ranked[]): string {
  const [first, ...rest] = order.slice(0, 3);
  if (!first) return "";
  const phrase = (a: Ranked) => `att ${a.title.toLowerCase()} (${percentOf(a.value)})`;
  return rest.length === 0
    ? `Flest barn tycker om ${phrase(first)}.`
    : `Flest barn tycker om ${phrase(first)}, därefter ${listed(rest.map(phrase))}.`;
}

/** "41 familjecentraler i 12 kommuner i Skåne deltog i uppföljningen 2026." */
export function participating(year: number, place: string, centres: number, municipalities: number): string {
  if (centres === 0) return `Inga familjecentraler i ${place} deltog i uppföljningen ${year}.`;
  return `${capitalised(counted(centres, nouns.centre))} i ${counted(municipalities, nouns.municipality)} i ${place} deltog i uppföljningen ${year}.`;
}

/** "3 goda exempel från årets kvalitetsuppföljningar." */
export const examplesChosen = (count: number) =>
  count === 0
    ? "Inga goda exempel är valda ännu."
    : `${capitalised(counted(count, nouns.example))} från årets kvalitetsuppföljningar.`;

/** One guideline rule in a year: how many of the judged centres meet it. */
export interface RuleCount {
  text: string;
  /** "ska", "bör" or "rekommendation": said beside the rule, so a recommendation never reads as a requirement. */
  strength?: string;
  met: number;
  judged: number;
}

/** "12 av 13" with the share: a count of centres always says its denominator. */
const ofCentres = (r: { met: number; judged: number }) =>
  `${countText(r.met)} av ${countText(r.judged)} ${agreeing(r.judged, nouns.centre)}, ${percentText(r.met / r.judged)}`;

/** The rule's count with its strength where it is not a plain requirement: "rekommendation; 12 av 13 familjecentraler, 92 %". */
const voiced = (r: RuleCount) => (r.strength && r.strength !== "ska" ? `${r.strength}; ${ofCentres(r)}` : ofCentres(r));

/** "Flest uppfyller ”…” (12 av 13 familjecentraler, 92 %), färst ”…” (…)." over the rules some centre was judged on. */
export function complianceLevel(rules: RuleCount[]): string {
  const order = rules.filter((r) => r.judged > 0).sort((a, b) => b.met / b.judged - a.met / a.judged);
  const [best, worst] = [order[0], order.at(-1)];
  if (!best || !worst) return "";
  return best.met / best.judged === worst.met / worst.judged
    ? `Varje riktlinje uppfylls av ${ofCentres(best)}.`
    : `Flest uppfyller ${quoted(best.text.toLowerCase())} (${voiced(best)}), färst ${quoted(worst.text.toLowerCase())} (${voiced(worst)}).`;
}

/**
 * The guideline in a few sentences: which rule most and fewest centres meet, and, only
 * where the two years rest on the same centres, which rules moved since last year.
 */
export function guidelineCompliance(o: {
  year: number;
  now: RuleCount[];
  before: RuleCount[] | undefined;
  comparable: boolean;
  sets: { now: Approved; before?: Approved };
}): string {
  const judged = o.now.filter((r) => r.judged > 0);
  if (judged.length === 0) return `Ingen godkänd kvalitetsuppföljning för ${o.year} kan ännu prövas mot riktlinjerna.`;
  const level = complianceLevel(judged);
  if (!o.before || !o.sets.before || o.sets.before.approved === 0) return level;
  if (!o.comparable)
    return paragraph(
      level,
      `Riktlinjerna jämförs inte med ${o.year - 1}, eftersom det inte är samma familjecentraler som har godkända uppföljningar båda åren (${o.sets.before.approved} av ${o.sets.before.centres} godkända ${o.year - 1}, ${o.sets.now.approved} av ${o.sets.now.centres} hittills ${o.year}).`,
    );
  const before = new Map(o.before.map((r) => [r.text, r]));
  const moved = judged
    .map((r) => ({ r, last: before.get(r.text) }))
    .filter(({ r, last }) => last && last.judged === r.judged && last.met !== r.met);
  if (moved.length === 0) return paragraph(level, `Lika många uppfyller varje riktlinje som ${o.year - 1}.`);
  return paragraph(
    level,
    ...moved.map(
      ({ r, last }) =>
        `${r.met > (last?.met ?? 0) ? "Fler" : "Färre"} uppfyller ${quoted(r.text.toLowerCase())} än ${o.year - 1}: ${countText(r.met)} mot ${countText(last?.met ?? 0)} av ${countText(r.judged)}.`,
    ),
  );
}

/** A centre's own follow-up against the guideline: "Familjecentralen uppfyller 8 av 10 riktlinjer, men inte ”…” och ”…”." */
export function centreCompliance(year: number, outcomes: { text: string; outcome: string }[] | undefined): string {
  if (!outcomes) return `Kvalitetsuppföljningen för ${year} är inte godkänd ännu, så riktlinjerna kan inte prövas.`;
  const judged = outcomes.filter((o) => o.outcome === "met" || o.outcome === "not_met");
  if (judged.length === 0) return "Ingen av riktlinjerna kan prövas mot kvalitetsuppföljningens svar.";
  const unmet = judged.filter((o) => o.outcome === "not_met").map((o) => quoted(o.text.toLowerCase()));
  const met = judged.length - unmet.length;
  const all = `${countText(met)} av ${countText(judged.length)} ${judged.length === 1 ? "riktlinje" : "riktlinjer"}`;
  if (unmet.length === 0)
    return `Familjecentralen uppfyller ${met === 1 ? "den enda riktlinje som kan prövas" : `alla ${countText(met)} riktlinjer som kan prövas`}.`;
  return `Familjecentralen uppfyller ${all}, men inte ${listed(unmet)}.`;
}

/** "Flest familjer slussades från barnhälsovården till öppna förskolan (32 familjer)." */
export const largestFlow = (flow: { from: string; to: string; families: number }) =>
  `Flest familjer slussades från ${flow.from.toLowerCase()} till ${flow.to.toLowerCase()} (${counted(flow.families, nouns.family)}).`;

/** What the approved follow-ups say the centres did, in brief. Counts are Cells: a hidden one leaves its phrase. */
export function activityInBrief(o: {
  year: number;
  approved: number;
  staff: { persons: number; fte: number } | undefined;
  groupsBefore: Cell;
  participantsBefore: Cell;
  groupsAfter: Cell;
  participantsAfter: Cell;
  largestFlow: { from: string; to: string; families: number } | undefined;
  /** The threshold, where some count of people is hidden. */
  hiddenBelow: number | undefined;
}): string {
  if (o.approved === 0)
    return `Ingen kvalitetsuppföljning för ${o.year} är godkänd ännu, så verksamhetens siffror saknas.`;
  const groups = (count: Cell, people: Cell, when: string) =>
    shown(count)
      ? `${countText(count)} ${when}${shown(people) && count > 0 ? ` med ${countText(people)} deltagare` : ""}`
      : undefined;
  const held = [
    groups(o.groupsBefore, o.participantsBefore, "under graviditeten"),
    groups(o.groupsAfter, o.participantsAfter, "efter födelsen"),
  ].filter((g): g is string => g !== undefined);
  return paragraph(
    o.staff &&
      `I ${o.approved === 1 ? "den godkända uppföljningen" : "de godkända uppföljningarna"} arbetar ${counted(o.staff.persons, nouns.person)} på ${decimalText(o.staff.fte)} ${o.staff.fte === 1 ? "heltid" : "heltider"}.`,
    held.length > 0 && `Föräldragrupper under ${o.year}: ${listed(held)}.`,
    o.largestFlow && largestFlow(o.largestFlow),
    o.hiddenBelow !== undefined &&
      `Antal personer eller familjer under ${o.hiddenBelow} visas inte, och inte heller tal som skulle avslöja dem.`,
  );
}

/** "Alla familjecentraler deltog i alla tre enkäterna." or, per survey, the centres without a single answer. */
export function absentFrom(surveys: { survey: string; centres: string[] }[]): string {
  const missing = surveys.filter((s) => s.centres.length > 0);
  if (missing.length === 0) return "Alla familjecentraler har svar i alla tre enkäterna.";
  return missing
    .map((s) =>
      s.centres.length > 5
        ? `${capitalised(counted(s.centres.length, nouns.centre))} har inga svar i ${s.survey}.`
        : `Inga svar i ${s.survey} finns från ${listed(s.centres)}.`,
    )
    .join(" ");
}

/** "Spindelns medelvärde är högst i Lund (8,1) och lägst i Bjuv (6,2)." over places; "" with fewer than two. */
export function range(order: Ranked[], lead: string, text: (v: number) => string): string {
  const [best, worst] = [order[0], order.at(-1)];
  if (!best || !worst || order.length < 2) return "";
  if (text(best.value) === text(worst.value)) return `${lead} är lika i alla kommuner, ${text(best.value)}.`;
  return `${lead} är högst i ${best.title} (${text(best.value)}) och lägst i ${worst.title} (${text(worst.value)}).`;
}

/** "Spindelns medelvärde är högst i Lund (8,1) och lägst i Bjuv (6,2). Andelen uppfyllda riktlinjer …" */
export function compared(spider: Ranked[], rules: Ranked[]): string {
  return (
    paragraph(
      range(spider, "Spindelns medelvärde", decimalText),
      range(rules, "Andelen uppfyllda riktlinjer", percentOf),
    ) || "Kommunerna kan inte jämföras ännu: för få svar eller godkända uppföljningar."
  );
}

/**
 * A trend's last year beside the year before, as a finding: "Andelen nöjda besökare ökade från
 * 77 % år 2025 till 80 % år 2026." Years that are not next to each other are not compared.
 */
export function trendFinding(
  years: string[],
  values: (number | null)[],
  subject: string,
  text: (value: number) => string,
): string {
  const year = Number(years.at(-1));
  const comparable = years.length > 1 && Number(years.at(-2)) === year - 1;
  return yearOnYear({
    subject,
    year,
    now: values.at(-1) ?? null,
    before: years.length > 1 ? (values.at(-2) ?? null) : null,
    text,
    comparable,
  });
}

/** "Högst andel positiva svar får ”…” (85 %)." — the best of a ranking as one finding; "" when none is shown. */
export const leading = (lead: string, order: Ranked[], text: (value: number) => string) =>
  order[0] ? `${lead} ${quoted(order[0].title)} (${text(order[0].value)}).` : "";

/** Where more staff answered than the follow-up lists: the staffing is out of date, not the answers wrong. */
export const moreAnswersThanStaff = (centres: number) =>
  centres === 0
    ? ""
    : `Vid ${counted(centres, nouns.centre)} svarade fler medarbetare än den senaste godkända uppföljningen anger i bemanning; där är bemanningen troligen inaktuell.`;
