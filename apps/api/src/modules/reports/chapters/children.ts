import { suppressedMarker } from "../../results/suppression.ts";
import { point, question } from "../figures.ts";
import type { Cell, ReportTable } from "../model.ts";
import { activities as activitiesSentence, smileys as facesSentence } from "./drafts.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";
import { paragraph, shown } from "./phrases.ts";

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
          f && !f.suppressed ? (f.distribution.find((d) => d.value === String(v))?.share ?? 0) * 100 : suppressedMarker,
        ),
      ];
    }),
  };
  const liked = activities?.figures[0];
  const activityRows: Cell[][] = (activities?.options ?? []).map((o) => [
    o.label,
    liked && !liked.suppressed
      ? (liked.distribution.find((d) => d.value === o.value)?.share ?? 0) * 100
      : suppressedMarker,
  ]);
  const top = activityRows
    .filter((r) => shown(r[1]))
    .map((r) => ({ title: String(r[0]), value: r[1] as number }))
    .sort((a, b) => b.value - a.value);
  const trivs = distribution.rows[smileys.findIndex((q) => q.key === "trivs")];
  const faces =
    trivs && [1, 2, 3].every((c) => shown(trivs[c]))
      ? { sad: trivs[1] as number, middle: trivs[2] as number, happy: trivs[3] as number }
      : undefined;
  return {
    id: "barn",
    title: "Barnen",
    draft:
      paragraph(facesSentence(String(trivs?.[0] ?? ""), faces), activitiesSentence(top)) ||
      "Barnens svar visas inte, så att ingen enskild kan pekas ut.",
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
        finding: activitiesSentence(top) || undefined,
        unit: "percent",
        categories: activityRows.map((r) => String(r[0])),
        series: [
          {
            name: i.children.scopes[0]?.name ?? "",
            scope: i.children.scopes[0]?.level,
            values: activityRows.map((r) => point(r[1] ?? null)),
          },
        ],
      },
    ],
  };
}
