import type { ResultsParts } from "@fcs/contracts";
import { countCell, point } from "../figures.ts";
import type { Cell } from "../model.ts";
import { participating } from "./drafts.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";

/** "Deltagande" (region reports): who answered, per municipality. */
export function participation(i: ReportInputs): Chapter | undefined {
  if (i.kind !== "region" || !i.adultParts) return undefined;
  const municipalities = i.adultParts.parts.filter((p) => p.level === "municipality");
  const find = (parts: ResultsParts | undefined, id: string) => parts?.parts.find((p) => p.id === id)?.respondents;
  const centresIn = (id: string) => i.followUps.municipalities.find((m) => m.id === id)?.centres ?? null;
  const rows: Cell[][] = municipalities.map((m) => [
    m.name,
    centresIn(m.id),
    countCell(m.respondents),
    countCell(find(i.childParts, m.id)),
    countCell(find(i.staffParts, m.id)),
  ]);
  return {
    id: "deltagande",
    title: "Deltagande",
    draft: participating(
      i.year,
      i.adults.scopes[0]?.name ?? "",
      i.followUps.scopes[0]?.centres ?? 0,
      municipalities.length,
    ),
    tables: [
      {
        title: "Svarande per kommun",
        columns: [
          { title: "Kommun", format: "text" },
          { title: "Familjecentraler", format: "count" },
          { title: "Vuxna", format: "count" },
          { title: "Barn", format: "count" },
          { title: "Personal", format: "count" },
        ],
        rows,
      },
    ],
    charts: [
      {
        kind: "bar",
        title: "Vuxna besökare som svarat, per kommun",
        unit: "count",
        categories: municipalities.map((m) => m.name),
        series: [{ name: String(i.year), values: rows.map((r) => point(r[2] ?? null)) }],
      },
    ],
  };
}
