import type { FollowUpFigures } from "@fcs/contracts";
import { partSpiderMean, percentCell, point } from "../figures.ts";
import { decimalText } from "../format.ts";
import type { Cell, ReportTable } from "../model.ts";
import { compared, percentOf, range } from "./drafts.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";
import { shown } from "./phrases.ts";

/** Of all the guideline's rules over the municipality's approved follow-ups: the share met. */
function rulesMet(m: FollowUpFigures["municipalities"][number] | undefined): Cell {
  const judged = (m?.compliance ?? []).reduce((sum, c) => sum + c.met + c.notMet, 0);
  const met = (m?.compliance ?? []).reduce((sum, c) => sum + c.met, 0);
  return judged > 0 ? (met / judged) * 100 : null;
}

/** "Kommunerna jämförda" (region reports): each municipality on the spider, the visitors and the guideline. */
export function municipalities(i: ReportInputs): Chapter | undefined {
  if (i.kind !== "region" || !i.adultParts) return undefined;
  const list = i.adultParts.parts.filter((p) => p.level === "municipality");
  if (list.length < 2) return undefined;
  const helhet = (i.adultParts.questions ?? []).findIndex((q) => q.key === "helhet");
  const rows: Cell[][] = list.map((m) => [
    m.name,
    i.followUps.municipalities.find((f) => f.id === m.id)?.centres ?? null,
    partSpiderMean(
      i.staffParts,
      i.staffParts?.parts.find((p) => p.id === m.id),
    ),
    percentCell(helhet >= 0 ? m.figures[helhet] : null),
    rulesMet(i.followUps.municipalities.find((f) => f.id === m.id)),
  ]);
  const table: ReportTable = {
    title: `Kommunerna jämförda, ${i.year}`,
    columns: [
      { title: "Kommun", format: "text" },
      { title: "Familjecentraler", format: "count" },
      { title: "Spindelns medelvärde (1–10)", format: "decimal" },
      { title: "Nöjda vuxna besökare", format: "percent" },
      { title: "Uppfyllda riktlinjer", format: "percent" },
    ],
    rows,
  };
  const ranked = (col: number) =>
    rows
      .filter((r) => shown(r[col]))
      .map((r) => ({ title: String(r[0]), value: r[col] as number }))
      .sort((a, b) => b.value - a.value);
  return {
    id: "kommuner",
    title: "Kommunerna jämförda",
    draft: compared(ranked(2), ranked(4)),
    tables: [table],
    charts: [
      {
        kind: "bar",
        title: "Spindelns medelvärde per kommun (1–10)",
        finding: range(ranked(2), "Spindelns medelvärde", decimalText) || undefined,
        unit: "mean",
        categories: rows.map((r) => String(r[0])),
        series: [{ name: String(i.year), values: rows.map((r) => point(r[2] ?? null)) }],
      },
      {
        kind: "bar",
        title: "Andel uppfyllda riktlinjer per kommun (%)",
        finding: range(ranked(4), "Andelen uppfyllda riktlinjer", percentOf) || undefined,
        unit: "percent",
        categories: rows.map((r) => String(r[0])),
        series: [{ name: String(i.year), values: rows.map((r) => point(r[4] ?? null)) }],
      },
    ],
  };
}
