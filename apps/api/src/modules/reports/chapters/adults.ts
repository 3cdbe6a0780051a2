import type { ResultsOverview } from "@fcs/contracts";
import { suppressedMarker } from "../../results/suppression.ts";
import { countCell, percentCell, point, question } from "../figures.ts";
import type { ReportTable } from "../model.ts";
import { adultsExtremes, leading, percentOf } from "./drafts.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";
import { chartOf, questionTable, questionTableTags, ranked, trendChart } from "./tables.ts";

/** "Vuxna besökare": the adults' positive shares per statement, who they are, and the trend. */
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
  const trend = trendChart(
    i.adultTrend,
    "Nöjda med familjecentralen som helhet, över åren (%)",
    "percent",
    (y, scope) => point(percentCell(helhet?.figures[y]?.[scope] ?? null)),
    { subject: "Andelen nöjda besökare", text: percentOf },
    helhet?.reworded,
  );
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
    draft: adultsExtremes(order),
    tables,
    charts: [
      {
        ...chartOf(table, "bar", "percent", table.title, questionTableTags(i.adults, i.adultsBefore)),
        finding: leading("Högst andel positiva svar får", order, percentOf) || undefined,
      },
      trend,
    ],
  };
}
