import type { ResultsOverview } from "@fcs/contracts";
import { countCell, meanCell, question } from "../figures.ts";
import { decimalText } from "../format.ts";
import { spiderExtremes } from "./drafts.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";
import { chartOf, questionTable, questionTableTags, ranked, trendChart } from "./tables.ts";

/** "Spindelmätningen": the staff's rating of collaboration per factor, per profession, and over the years. */
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
  const trend = trendChart(
    i.staffTrend,
    "Spindelns medelvärde över åren (1–10)",
    "mean",
    yearlyMean,
    { subject: "Spindelns medelvärde", text: decimalText },
    i.staffTrend.questions.filter((q) => axisKeys.has(q.key)).flatMap((q) => q.reworded),
  );
  return {
    id: "spindel",
    title: "Spindelmätningen",
    draft: spiderExtremes(order),
    tables,
    charts: [
      {
        ...chartOf(table, "radar", "mean", "Spindeln: samverkan per faktor", questionTableTags(i.staff, i.staffBefore)),
        finding: order.length > 1 ? spiderExtremes(order) : undefined,
      },
      trend,
    ],
  };
}
