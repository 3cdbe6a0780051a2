import type { ResultsParts } from "@fcs/contracts";
import { countCell, partSpiderMean, percentCell } from "../figures.ts";
import type { Cell, ReportColumn, ReportTable } from "../model.ts";
import { activityCell } from "./activity.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";

const statusText: Record<string, string> = {
  not_started: "Inte påbörjad",
  draft: "Utkast",
  submitted: "Inskickad",
  returned: "Återlämnad",
  approved: "Godkänd",
};

/**
 * "Familjecentralerna" (region and municipality reports): an appendix with one page per
 * centre — who answered, the visitors' and the staff's main figures, the follow-up and the
 * guideline, the parent groups — the same figures, suppressed the same way, as the chapters.
 */
export function appendix(i: ReportInputs): Chapter | undefined {
  if (i.kind === "centre" || !i.adultParts) return undefined;
  const centres = i.adultParts.parts.filter((p) => p.level === "centre");
  if (centres.length === 0) return undefined;
  const helhet = (i.adultParts.questions ?? []).findIndex((q) => q.key === "helhet");
  const respondents = (parts: ResultsParts | undefined, id: string) =>
    countCell(parts?.parts.find((p) => p.id === id)?.respondents);
  const rules = i.followUps.guideline?.rules ?? [];
  const rows: [string, ReportColumn["format"], (id: string) => Cell][] = [
    ["Vuxna besökare som svarat", "count", (id) => respondents(i.adultParts, id)],
    ["Barn som svarat", "count", (id) => respondents(i.childParts, id)],
    ["Medarbetare som svarat", "count", (id) => respondents(i.staffParts, id)],
    [
      "Vuxna som är nöjda med familjecentralen som helhet",
      "percent",
      (id) => percentCell(helhet >= 0 ? i.adultParts?.parts.find((p) => p.id === id)?.figures[helhet] : null),
    ],
    [
      "Spindelns medelvärde (1–10)",
      "decimal",
      (id) =>
        partSpiderMean(
          i.staffParts,
          i.staffParts?.parts.find((p) => p.id === id),
        ),
    ],
    ["Kvalitetsuppföljningen", "text", (id) => statusText[followUpOf(i, id)?.status ?? "not_started"] ?? null],
    [
      "Riktlinjer som uppfylls",
      "text",
      (id) => {
        const own = followUpOf(i, id);
        if (own?.status !== "approved" || rules.length === 0) return null;
        const outcomes = rules.map((r) => own.outcomes[r.id]);
        const judged = outcomes.filter((o) => o === "met" || o === "not_met").length;
        return `${outcomes.filter((o) => o === "met").length} av ${judged}`;
      },
    ],
    ["Föräldragrupper under graviditeten", "count", (id) => total(i, id, "grupper_fore_fodsel")],
    ["Föräldragrupper efter födelsen", "count", (id) => total(i, id, "grupper_efter_fodsel")],
    ["Familjer med en gemensamt upprättad plan", "count", (id) => total(i, id, "gemensamma_planer")],
  ];
  const tables: ReportTable[] = centres.map((c) => ({
    title: c.name,
    columns: [
      { title: "Nyckeltal", format: "text" },
      { title: String(i.year), format: "count" },
    ],
    rows: rows.map(([label, , value]) => [label, value(c.id)]),
    rowFormats: rows.map(([, format]) => format),
  }));
  return {
    id: "familjecentraler",
    title: "Bilaga: familjecentralerna",
    draft: `En sida per familjecentral med årets nyckeltal för ${i.year}. Samma regler för små grupper gäller som i rapporten i övrigt.`,
    tables,
    charts: [],
    layout: "page-per-table",
  };
}

const followUpOf = (i: ReportInputs, partId: string) => i.followUps.centres.find((c) => `centre:${c.id}` === partId);

function total(i: ReportInputs, partId: string, key: string): Cell {
  const own = followUpOf(i, partId);
  if (own?.status !== "approved") return null;
  return activityCell(own.activity.totals.find((t) => t.key === key));
}
