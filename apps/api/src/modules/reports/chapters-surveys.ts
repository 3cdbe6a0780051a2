import type { ResultsOverview } from "@fcs/contracts";
import { suppressedMarker } from "../results/suppression.ts";
import type { ReportInputs } from "./chapters.ts";
import { countCell, meanCell, percentCell, point, question } from "./figures.ts";
import { decimalText, percentText } from "./format.ts";
import type { Cell, ReportChapter, ReportChart, ReportTable } from "./model.ts";

type Chapter = Omit<ReportChapter, "narrative">;

/** A table of one measure for every question of a kind, per scope (and last year for the first scope). */
function questionTable(
  title: string,
  now: ResultsOverview,
  before: ResultsOverview | undefined,
  keys: string[],
  measure: (o: ResultsOverview | undefined, key: string, scope: number) => Cell,
  format: "percent" | "decimal",
): ReportTable {
  return {
    title,
    columns: [
      { title: "Fråga", format: "text" },
      ...(before ? [{ title: `${now.scopes[0]?.name} ${now.year - 1}`, format }] : []),
      ...now.scopes.map((s) => ({ title: s.name, format })),
    ],
    rows: keys.map((key) => [
      question(now, key)?.title ?? key,
      ...(before ? [measure(before, key, 0)] : []),
      ...now.scopes.map((_, i) => measure(now, key, i)),
    ]),
  };
}

/** A table's rows as a chart's categories and its value columns as the series; hidden figures become gaps. */
function chartOf(table: ReportTable, kind: ReportChart["kind"], unit: ReportChart["unit"], title: string): ReportChart {
  return {
    kind,
    title,
    unit,
    categories: table.rows.map((r) => String(r[0])),
    series: table.columns
      .slice(1)
      .map((c, col) => ({ name: c.title, values: table.rows.map((r) => point(r[col + 1] ?? null)) })),
  };
}

const ranked = (o: ResultsOverview, keys: string[], pick: (key: string) => Cell) =>
  keys
    .map((key) => ({ title: question(o, key)?.title ?? key, value: pick(key) }))
    .filter((x): x is { title: string; value: number } => typeof x.value === "number")
    .sort((a, b) => b.value - a.value);

export function spider(i: ReportInputs): Chapter {
  const axes = i.staff.questions.filter((q) => q.axis).map((q) => q.key);
  const mean = (o: ResultsOverview | undefined, key: string, scope: number) =>
    meanCell(question(o, key)?.figures[scope]);
  const table = questionTable("Spindeln: medelvärde per faktor", i.staff, i.staffBefore, axes, mean, "decimal");
  const order = ranked(i.staff, axes, (key) => mean(i.staff, key, 0));
  const tables = [table];
  const split = i.staff.split;
  if (split && i.staff.scopes[0]?.level !== "centre")
    tables.push({
      title: `Per yrkesroll, ${i.staff.scopes[0]?.name}`,
      columns: [
        { title: "Faktor", format: "text" },
        ...split.groups.map((g) => ({ title: g.label, format: "decimal" as const })),
      ],
      rows: [
        ["Antal svarande", ...split.groups.map((g) => countCell(g.respondents[0]))],
        ...axes.map((key) => [
          question(i.staff, key)?.title ?? key,
          ...split.groups.map((g) => meanCell(g.figures[key]?.[0] ?? null)),
        ]),
      ],
    });
  // The spider's mean over the factors each year asked, per scope: the trend a steering group follows.
  const axisKeys = new Set(i.staffTrend.questions.filter((q) => q.axis).map((q) => q.key));
  const yearlyMean = (y: number, scope: number): number | null => {
    const means = i.staffTrend.questions
      .filter((q) => axisKeys.has(q.key) && q.figures[y])
      .map((q) => q.figures[y]?.[scope]);
    if (means.length === 0 || means.some((f) => !f || f.suppressed)) return null;
    return means.reduce((sum, f) => sum + (f && !f.suppressed ? (f.mean ?? 0) : 0), 0) / means.length;
  };
  const trend = {
    kind: "line" as const,
    title: "Spindelns medelvärde över åren (1–10)",
    unit: "mean" as const,
    categories: i.staffTrend.years.map(String),
    series: i.staffTrend.scopes.map((s, scope) => ({
      name: s.name,
      values: i.staffTrend.years.map((_, y) => yearlyMean(y, scope)),
    })),
  };
  return {
    id: "spindel",
    title: "Spindelmätningen",
    draft:
      order.length > 0
        ? `Starkast bedöms ${order[0]?.title.toLowerCase()} (${decimalText(order[0]?.value)}) och svagast ${order[order.length - 1]?.title.toLowerCase()} (${decimalText(order[order.length - 1]?.value)}) på skalan 1–10.`
        : "För få medarbetare har svarat för att redovisa spindeln.",
    tables,
    charts: [chartOf(table, "radar", "mean", "Spindeln: samverkan per faktor"), trend],
  };
}

export function adults(i: ReportInputs): Chapter {
  const statements = i.adults.questions.filter((q) => q.kind === "scale").map((q) => q.key);
  const positive = (o: ResultsOverview | undefined, key: string, scope: number) =>
    percentCell(question(o, key)?.figures[scope]);
  const table = questionTable(
    "Andel positiva svar (4–5) per påstående",
    i.adults,
    i.adultsBefore,
    statements,
    positive,
    "percent",
  );
  const order = ranked(i.adults, statements, (key) => positive(i.adults, key, 0));
  const helhet = i.adultTrend.questions.find((q) => q.key === "helhet");
  const trend = {
    kind: "line" as const,
    title: "Nöjda med familjecentralen som helhet, över åren (%)",
    unit: "percent" as const,
    categories: i.adultTrend.years.map(String),
    series: i.adultTrend.scopes.map((s, scope) => ({
      name: s.name,
      values: i.adultTrend.years.map((_, y) => point(percentCell(helhet?.figures[y]?.[scope] ?? null))),
    })),
  };
  const scale = i.adults.questions.filter((q) => q.kind === "scale");
  const steps = scale[0]?.options ?? [];
  const distribution: ReportTable = {
    title: `Svarsfördelning, ${i.adults.scopes[0]?.name}`,
    columns: [
      { title: "Påstående", format: "text" },
      ...steps.map((o) => ({ title: o.label, format: "percent" as const })),
    ],
    rows: scale.map((q) => {
      const f = q.figures[0];
      return [
        q.title,
        ...steps.map((o) =>
          f && !f.suppressed ? (f.distribution.find((d) => d.value === o.value)?.share ?? 0) * 100 : suppressedMarker,
        ),
      ];
    }),
  };
  const tables = [table, distribution];
  if (i.kind === "region" && i.adultParts) {
    const index = (i.adultParts.questions ?? []).findIndex((q) => q.key === "helhet");
    tables.push({
      title: "Nöjda med familjecentralen som helhet, per kommun",
      columns: [
        { title: "Kommun", format: "text" },
        { title: "Svarande", format: "count" },
        { title: "Andel nöjda", format: "percent" },
      ],
      rows: i.adultParts.parts
        .filter((p) => p.level === "municipality")
        .map((p) => [p.name, countCell(p.respondents), percentCell(index >= 0 ? p.figures[index] : null)]),
    });
  }
  return {
    id: "vuxna",
    title: "Vuxna besökare",
    draft:
      order.length > 0
        ? `Högst andel positiva svar får ”${order[0]?.title}” (${percentText((order[0]?.value ?? 0) / 100)}), lägst ”${order[order.length - 1]?.title}” (${percentText((order[order.length - 1]?.value ?? 0) / 100)}).`
        : "För få vuxna besökare har svarat för att redovisa resultaten.",
    tables,
    charts: [chartOf(table, "bar", "percent", table.title), trend],
  };
}

export function children(i: ReportInputs): Chapter {
  const smileys = i.children.questions.filter((q) => q.kind === "scale");
  const activities = question(i.children, "gora_har");
  const distribution: ReportTable = {
    title: "Barnens svar",
    columns: [
      { title: "Fråga", format: "text" },
      { title: "Ledsen", format: "percent" },
      { title: "Mittemellan", format: "percent" },
      { title: "Glad", format: "percent" },
    ],
    rows: smileys.map((q) => {
      const f = q.figures[0];
      return [
        q.title,
        ...[1, 2, 3].map((v) =>
          f && !f.suppressed ? (f.distribution.find((d) => d.value === String(v))?.share ?? 0) * 100 : "för få svar",
        ),
      ];
    }),
  };
  const liked = activities?.figures[0];
  const activityRows: Cell[][] = (activities?.options ?? []).map((o) => [
    o.label,
    liked && !liked.suppressed
      ? (liked.distribution.find((d) => d.value === o.value)?.share ?? 0) * 100
      : "för få svar",
  ]);
  const top = [...activityRows]
    .filter((r) => typeof r[1] === "number")
    .sort((a, b) => (b[1] as number) - (a[1] as number));
  const trivs = percentCell(question(i.children, "trivs")?.figures[0]);
  return {
    id: "barn",
    title: "Barnen",
    draft:
      [
        typeof trivs === "number"
          ? `${percentText(trivs / 100)} av barnen tycker om att vara på familjecentralen.`
          : "",
        top.length > 0 ? `Det flest barn tycker om att göra här är ${String(top[0]?.[0]).toLowerCase()}.` : "",
      ]
        .filter(Boolean)
        .join(" ") || "För få barn har svarat för att redovisa resultaten.",
    tables: [
      distribution,
      {
        title: "Det här tycker barnen om att göra",
        columns: [
          { title: "Aktivitet", format: "text" },
          { title: "Andel", format: "percent" },
        ],
        rows: activityRows,
      },
    ],
    charts: [
      {
        kind: "bar",
        title: "Det här tycker barnen om att göra (%)",
        unit: "percent",
        categories: activityRows.map((r) => String(r[0])),
        series: [{ name: i.children.scopes[0]?.name ?? "", values: activityRows.map((r) => point(r[1] ?? null)) }],
      },
    ],
  };
}

/** Where to improve: the weakest statements and factors, and the guideline rules fewest centres meet. */
export function development(i: ReportInputs, built: Chapter[]): Chapter {
  // This year's column of the scope itself: the one named like the scope (last year's carries the year too).
  const scopeName = i.adults.scopes[0]?.name;
  const weakest = (id: string, n: number) => {
    const table = built.find((c) => c.id === id)?.tables[0];
    const col = table?.columns.findIndex((c) => c.title === scopeName) ?? -1;
    if (!table || col < 0) return [];
    return table.rows
      .filter((r) => typeof r[col] === "number")
      .sort((a, b) => (a[col] as number) - (b[col] as number))
      .slice(0, n)
      .map((r) => [String(r[0]).replace(/[.?]$/, ""), r[col] ?? null] as Cell[]);
  };
  const statements = weakest("vuxna", 3);
  const factors = weakest("spindel", 3);
  const rules = (i.followUps.guideline?.rules ?? [])
    .map((r) => ({
      text: r.text,
      share: i.followUps.scopes[0]?.compliance?.find((c) => c.rule === r.id)?.share ?? null,
    }))
    .filter((r): r is { text: string; share: number } => r.share !== null && r.share < 0.75);
  const rows: Cell[][] = [
    ...statements.map((r) => [
      "Besökarnas påstående",
      r[0] ?? "",
      typeof r[1] === "number" ? percentText(r[1] / 100) : "–",
    ]),
    ...factors.map((r) => ["Spindelns faktor", r[0] ?? "", typeof r[1] === "number" ? decimalText(r[1]) : "–"]),
    ...rules.map((r) => ["Riktlinje", r.text, percentText(r.share)]),
  ];
  return {
    id: "utvecklingsomraden",
    title: "Utvecklingsområden",
    draft:
      rows.length > 0
        ? `Svagast är ${rows.map((r) => `${String(r[1]).toLowerCase()} (${r[2]})`).join(", ")}.`
        : "Inga tydliga svagheter syns i årets resultat.",
    tables: [
      {
        title: "Svagaste resultaten",
        columns: [
          { title: "Område", format: "text" },
          { title: "Vad", format: "text" },
          { title: "Resultat", format: "text" },
        ],
        rows,
      },
    ],
    charts: [],
  };
}

export function goodExamples(i: ReportInputs): Chapter | undefined {
  if (i.kind !== "region") return undefined;
  return {
    id: "goda_exempel",
    title: "Goda exempel",
    draft:
      i.examples.length > 0
        ? `${i.examples.length} goda exempel från årets kvalitetsuppföljningar.`
        : "Inga goda exempel är valda ännu.",
    tables: [
      {
        title: "Goda exempel från kvalitetsuppföljningarna",
        columns: [
          { title: "Familjecentral", format: "text" },
          { title: "Exempel", format: "text" },
        ],
        rows: i.examples.map((e) => [e.centre, e.text]),
      },
    ],
    charts: [],
  };
}
