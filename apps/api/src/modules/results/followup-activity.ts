import { type SuppressionLine, suppressSmallCells } from "./suppression.ts";
import { allPlaces, type PlaceId, placeId } from "./tree.ts";

/**
 * What the centres did in the year, from the approved quality follow-ups: staffing per
 * profession, parent groups and their participants, joint plans and home visits,
 * open-preschool visits, and the slussning grid — families referred between the four
 * services. Summed per centre, municipality, region and all regions. Counts of people
 * (participants, families) go through the same small-cell suppression as the surveys'
 * answers, over the same tree, so no total can be subtracted down to a small one.
 */

export const professions = [
  { key: "barnmorska", label: "Barnmorska" },
  { key: "bhv_sjukskoterska", label: "Sjuksköterska i barnhälsovården" },
  { key: "forskollarare", label: "Förskollärare/pedagog" },
  { key: "socialtjanst", label: "Socionom/kurator/socialrådgivare" },
  { key: "annan", label: "Annan yrkesroll" },
] as const;

export const services = [
  { key: "mhv", label: "Mödrahälsovården" },
  { key: "bhv", label: "Barnhälsovården" },
  { key: "oppen_forskola", label: "Öppna förskolan" },
  { key: "socialtjanst", label: "Socialtjänsten" },
] as const;

/** The follow-up's totals; `people` marks counts of persons or families, which are suppressed when small. */
export const activityTotals = [
  { key: "grupper_fore_fodsel", label: "Föräldragrupper under graviditeten", people: false },
  { key: "deltagare_fore_fodsel", label: "Deltagare i grupperna under graviditeten", people: true },
  { key: "grupper_efter_fodsel", label: "Föräldragrupper efter födelsen", people: false },
  { key: "deltagare_efter_fodsel", label: "Deltagare i grupperna efter födelsen", people: true },
  { key: "grupper_pappor_partner", label: "Varav grupper för pappor eller partner", people: false },
  { key: "gemensamma_planer", label: "Familjer med en gemensamt upprättad plan", people: true },
  { key: "gemensamma_hembesok", label: "Hembesök av två eller flera yrkesgrupper tillsammans", people: true },
  { key: "besok_oppen_forskola", label: "Besök i öppna förskolan", people: false },
] as const;

export const activityDefinitions = {
  totals: activityTotals.map(({ key, label, people }) => ({ key, label, people })),
  professions: professions.map(({ key, label }) => ({ key, label })),
  services: services.map(({ key, label }) => ({ key, label })),
};

/** A summed figure: null where no approved follow-up answered it; hidden where it counts too few people. */
export interface ActivityFigure {
  value: number | null;
  hidden: boolean;
  /** Approved follow-ups that answered it. */
  n: number;
}

export interface Activity {
  staffing: { profession: string; persons: ActivityFigure; fte: ActivityFigure }[];
  totals: ({ key: string } & ActivityFigure)[];
  flows: ({ from: string; to: string } & ActivityFigure)[];
}

/** One approved follow-up with where its centre lies. */
export interface ActivitySource {
  centreId: string;
  municipalityCode: string;
  regionCode: string;
  answers: Record<string, unknown>;
}

type Measure = { id: string; people: boolean; read: (answers: Record<string, unknown>) => number | undefined };

const numberAt = (value: unknown, ...path: string[]): number | undefined => {
  let at = value;
  for (const step of path) at = at && typeof at === "object" ? (at as Record<string, unknown>)[step] : undefined;
  if (typeof at === "number") return at;
  if (typeof at === "string" && at.trim() !== "" && Number.isFinite(Number(at))) return Number(at);
  return undefined;
};

const measures: Measure[] = [
  ...professions.flatMap((p) => [
    {
      id: `persons:${p.key}`,
      people: false,
      read: (a: Record<string, unknown>) => numberAt(a, "bemanning", p.key, "personer"),
    },
    {
      id: `fte:${p.key}`,
      people: false,
      read: (a: Record<string, unknown>) => numberAt(a, "bemanning", p.key, "heltider"),
    },
  ]),
  ...activityTotals.map((t) => ({
    id: t.key,
    people: t.people,
    read: (a: Record<string, unknown>) => numberAt(a, t.key),
  })),
  ...services.flatMap((from) =>
    services
      .filter((to) => to.key !== from.key)
      .map((to) => ({
        id: `flow:${from.key}:${to.key}`,
        people: true,
        read: (a: Record<string, unknown>) => numberAt(a, "slussning", from.key, to.key),
      })),
  ),
];

/**
 * Sums every measure over the national tree of approved follow-ups and decides once
 * which people counts are hidden; gives each place's activity by its place id.
 */
export function activityTree(sources: ActivitySource[], threshold: number): (place: PlaceId) => Activity {
  const parentsOf = (s: ActivitySource): PlaceId[] => [
    placeId("centre", s.centreId),
    placeId("municipality", s.municipalityCode),
    placeId("region", s.regionCode),
    allPlaces,
  ];
  const lines = new Map<PlaceId, Set<PlaceId>>();
  for (const s of sources) {
    const chain = parentsOf(s);
    for (let k = 1; k < chain.length; k++) {
      const parent = chain[k] as PlaceId;
      const children = lines.get(parent) ?? new Set<PlaceId>();
      children.add(chain[k - 1] as PlaceId);
      lines.set(parent, children);
    }
  }
  const suppressionLines: SuppressionLine[] = [...lines].map(([parent, children]) => ({
    parent,
    children: [...children],
  }));

  const figures = new Map<string, Map<PlaceId, ActivityFigure>>();
  for (const m of measures) {
    const sums = new Map<PlaceId, { value: number; n: number }>();
    for (const s of sources) {
      const value = m.read(s.answers);
      if (value === undefined) continue;
      for (const place of parentsOf(s)) {
        const sum = sums.get(place) ?? { value: 0, n: 0 };
        sums.set(place, { value: sum.value + value, n: sum.n + 1 });
      }
    }
    const hidden = m.people
      ? suppressSmallCells(
          new Map([...sums].map(([place, sum]) => [place, Math.round(sum.value)])),
          suppressionLines,
          threshold,
        )
      : new Set<PlaceId>();
    figures.set(
      m.id,
      new Map(
        [...sums].map(([place, sum]) => [
          place,
          hidden.has(place) ? { value: null, hidden: true, n: sum.n } : { value: sum.value, hidden: false, n: sum.n },
        ]),
      ),
    );
  }
  const none: ActivityFigure = { value: null, hidden: false, n: 0 };
  const at = (id: string, place: PlaceId) => figures.get(id)?.get(place) ?? none;

  return (place) => ({
    staffing: professions.map((p) => ({
      profession: p.key,
      persons: at(`persons:${p.key}`, place),
      fte: at(`fte:${p.key}`, place),
    })),
    totals: activityTotals.map((t) => ({ key: t.key, ...at(t.key, place) })),
    flows: services.flatMap((from) =>
      services
        .filter((to) => to.key !== from.key)
        .map((to) => ({ from: from.key, to: to.key, ...at(`flow:${from.key}:${to.key}`, place) })),
    ),
  });
}
