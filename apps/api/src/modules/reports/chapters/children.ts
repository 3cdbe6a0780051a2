import { percentCell, point, question } from "../figures.ts";
import { percentText } from "../format.ts";
import type { Cell, ReportTable } from "../model.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";

/** "Barnen": how the children like it here and what they like to do. */
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
