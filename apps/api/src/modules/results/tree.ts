import { respondentCell, splitDimensionOf } from "@fcs/surveys";
import { answeredCount } from "./figures.ts";
import type { CountRow } from "./repository.ts";
import { type SuppressionLine, suppressSmallCells } from "./suppression.ts";

/** A place in the results: "all", "region:12", "municipality:1280" or "centre:<uuid>" (also the scope parameter). */
export type PlaceId = string;
export const allPlaces: PlaceId = "all";
export const placeId = (level: "region" | "municipality" | "centre", code: string): PlaceId => `${level}:${code}`;

export interface TreeInput {
  /** National counts per region. */
  regionRows: readonly CountRow[];
  /** Counts per municipality, for a region whose municipalities are needed. */
  municipalityRows: readonly CountRow[];
  /** Counts per centre, for a region or municipality whose centres are needed. */
  centreRows: readonly CountRow[];
  /** centre id → municipality code, municipality code → region code, for the loaded places. */
  municipalityOfCentre: ReadonlyMap<string, string>;
  regionOfMunicipality: ReadonlyMap<string, string>;
  /** How a question is counted: a multiple choice by its "answered" value, others by the sum of their values. */
  kindOf: (questionKey: string) => "multi_choice" | "other";
  threshold: number;
}

/**
 * The counts of one survey over some years as a tree — all regions → region →
 * municipality → centre, and per profession (or other split: the channel, the
 * language) above centre level —
 * with the suppression decided once for every cell of it. A centre's split is
 * never part of the tree: one midwife at a centre is a person, not a group.
 */
export interface ResultTree {
  counts(place: PlaceId, year: number, questionKey: string, breakdown?: string): ReadonlyMap<string, number>;
  hidden(place: PlaceId, year: number, questionKey: string, breakdown?: string): boolean;
  breakdowns(year: number, questionKey: string): string[];
  /** The children of a place that have any counts in that year. */
  children(place: PlaceId, year: number): PlaceId[];
}

const groupKey = (year: number, questionKey: string) => `${year}\t${questionKey}`;
const cellKey = (place: PlaceId, breakdown: string) => `${place}\t${breakdown}`;
const empty: ReadonlyMap<string, number> = new Map();

export function buildResultTree(input: TreeInput): ResultTree {
  // (year, question) → (place, breakdown) → value → n
  const groups = new Map<string, Map<string, Map<string, number>>>();
  const childrenOf = new Map<string, Set<PlaceId>>();
  // Called once per count row (a centre's ten-year trend reads some 100,000): each key is built once.
  const add = (place: PlaceId, row: CountRow) => {
    const gk = groupKey(row.year, row.questionKey);
    let group = groups.get(gk);
    if (!group) {
      group = new Map();
      groups.set(gk, group);
    }
    const ck = cellKey(place, row.breakdown);
    let cell = group.get(ck);
    if (!cell) {
      cell = new Map();
      group.set(ck, cell);
    }
    cell.set(row.value, (cell.get(row.value) ?? 0) + row.n);
  };
  // A place has counts in a year exactly when it has a respondent row: linked once, on that row.
  const link = (parent: PlaceId, child: PlaceId, row: CountRow) => {
    if (row.questionKey !== respondentCell.questionKey || row.breakdown !== "") return;
    const key = `${parent}\t${row.year}`;
    let set = childrenOf.get(key);
    if (!set) {
      set = new Set();
      childrenOf.set(key, set);
    }
    set.add(child);
  };

  for (const row of input.regionRows) {
    const region = placeId("region", row.place);
    add(region, row);
    add(allPlaces, row);
    link(allPlaces, region, row);
  }
  for (const row of input.municipalityRows) {
    const regionCode = input.regionOfMunicipality.get(row.place);
    if (!regionCode) continue;
    const municipality = placeId("municipality", row.place);
    add(municipality, row);
    link(placeId("region", regionCode), municipality, row);
  }
  for (const row of input.centreRows) {
    const municipalityCode = input.municipalityOfCentre.get(row.place);
    if (!municipalityCode || row.breakdown !== "") continue;
    const centre = placeId("centre", row.place);
    add(centre, row);
    link(placeId("municipality", municipalityCode), centre, row);
  }

  // The parent → children lines of a year, for each set of splits: the same for every question that has them,
  // so built once per year and set of splits instead of once per question (a ten-year trend has hundreds).
  const familiesOf = new Map<number, { parent: PlaceId; children: PlaceId[] }[]>();
  for (const [parentKey, children] of childrenOf) {
    const [parent, yearText] = parentKey.split("\t") as [PlaceId, string];
    const families = familiesOf.get(Number(yearText)) ?? [];
    familiesOf.set(Number(yearText), families);
    families.push({ parent, children: [...children] });
  }
  const linesOf = new Map<string, SuppressionLine[]>();
  const familyLines = (year: number, splits: string[]): SuppressionLine[] => {
    const key = `${year}\t${splits.join("\t")}`;
    const known = linesOf.get(key);
    if (known) return known;
    const lines: SuppressionLine[] = [];
    for (const { parent, children } of familiesOf.get(year) ?? []) {
      for (const breakdown of ["", ...splits]) {
        const shownChildren = breakdown === "" ? children : children.filter((c) => !c.startsWith("centre:"));
        if (shownChildren.length > 0)
          lines.push({ parent: cellKey(parent, breakdown), children: shownChildren.map((c) => cellKey(c, breakdown)) });
      }
    }
    linesOf.set(key, lines);
    return lines;
  };

  const hiddenCells = new Set<string>();
  const breakdownsOf = new Map<string, string[]>();
  for (const [key, group] of groups) {
    const [yearText, questionKey] = key.split("\t") as [string, string];
    const year = Number(yearText);
    const countOf = (counts: ReadonlyMap<string, number>) =>
      questionKey === respondentCell.questionKey
        ? (counts.get(respondentCell.value) ?? 0)
        : answeredCount({ kind: input.kindOf(questionKey) === "multi_choice" ? "multi_choice" : "scale" }, counts);
    const sizes = new Map<string, number>();
    const breakdowns = new Set<string>();
    const splitPlaces = new Set<PlaceId>();
    for (const [cell, counts] of group) {
      sizes.set(cell, countOf(counts));
      const [place, breakdown] = cell.split("\t") as [PlaceId, string];
      if (breakdown !== "") {
        breakdowns.add(breakdown);
        splitPlaces.add(place);
      }
    }
    const splits = [...breakdowns].sort();
    breakdownsOf.set(key, splits);

    const lines = [...familyLines(year, splits)];
    // Each split (an answer, the channel, the language) divides a place's respondents once: a line of its own.
    const dimensions = new Map<string, string[]>();
    for (const b of splits) dimensions.set(splitDimensionOf(b), [...(dimensions.get(splitDimensionOf(b)) ?? []), b]);
    for (const place of splitPlaces)
      for (const members of dimensions.values())
        lines.push({ parent: cellKey(place, ""), children: members.map((b) => cellKey(place, b)) });
    for (const cell of suppressSmallCells(sizes, lines, input.threshold)) hiddenCells.add(`${key}\t${cell}`);
  }

  return {
    counts: (place, year, questionKey, breakdown = "") =>
      groups.get(groupKey(year, questionKey))?.get(cellKey(place, breakdown)) ?? empty,
    hidden: (place, year, questionKey, breakdown = "") =>
      hiddenCells.has(`${groupKey(year, questionKey)}\t${cellKey(place, breakdown)}`),
    breakdowns: (year, questionKey) => breakdownsOf.get(groupKey(year, questionKey)) ?? [],
    children: (place, year) => [...(childrenOf.get(`${place}\t${year}`) ?? [])],
  };
}
