import { cellText } from "../format.ts";
import type { Cell } from "../model.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";
import { listed, quoted } from "./phrases.ts";

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
  const groups = [
    {
      area: "Besökarnas påstående",
      lead: "Lägst andel positiva svar får",
      format: "percent" as const,
      rows: statements,
    },
    { area: "Spindelns faktor", lead: "Lägst skattas", format: "decimal" as const, rows: factors },
    {
      area: "Riktlinje",
      lead: "Färst familjecentraler uppfyller",
      format: "percent" as const,
      rows: rules.map((r) => [r.text, r.share * 100] as Cell[]),
    },
  ].filter((g) => g.rows.length > 0);
  // One sentence per kind of figure, so a list never mixes percent and means.
  const sentences = groups.map(
    (g) =>
      `${g.lead} ${listed(g.rows.map((r) => `${quoted(String(r[0] ?? ""))} (${cellText(r[1] ?? null, g.format)})`))}.`,
  );
  return {
    id: "utvecklingsomraden",
    title: "Utvecklingsområden",
    draft: sentences.length > 0 ? sentences.join(" ") : "Inga tydliga svagheter syns i årets resultat.",
    tables: [
      {
        title: "Svagaste resultaten",
        columns: [
          { title: "Område", format: "text" },
          { title: "Vad", format: "text" },
          { title: "Resultat", format: "decimal" },
        ],
        rows: groups.flatMap((g) => g.rows.map((r) => [g.area, r[0] ?? "", r[1] ?? null])),
        rowFormats: groups.flatMap((g) => g.rows.map(() => g.format)),
      },
    ],
    charts: [],
  };
}
