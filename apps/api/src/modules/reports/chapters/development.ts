import { decimalText, percentText } from "../format.ts";
import type { Cell } from "../model.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";

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
