import { countCell, percentCell, question, spiderMean } from "../figures.ts";
import { percentText } from "../format.ts";
import type { Cell, ReportTable } from "../model.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";
import { change, n, share } from "./sentences.ts";

/** "Sammanfattning": the year in key figures beside last year, and the first sentences of the report. */
export function summary(i: ReportInputs): Chapter {
  const fu = i.followUps.scopes[0];
  const helhet = question(i.adults, "helhet");
  const trivs = question(i.children, "trivs");
  const rows: Cell[][] = [
    ["Familjecentraler", i.followUpsBefore?.scopes[0]?.centres ?? null, fu?.centres ?? null],
    ["Godkända kvalitetsuppföljningar", i.followUpsBefore?.scopes[0]?.approved ?? null, fu?.approved ?? null],
    ["Vuxna besökare som svarat", countCell(i.adultsBefore?.respondents[0]), countCell(i.adults.respondents[0])],
    ["Barn som svarat", countCell(i.childrenBefore?.respondents[0]), countCell(i.children.respondents[0])],
    ["Medarbetare som svarat", countCell(i.staffBefore?.respondents[0]), countCell(i.staff.respondents[0])],
    [
      "Vuxna som är nöjda med familjecentralen som helhet (%)",
      percentCell(question(i.adultsBefore, "helhet")?.figures[0]),
      percentCell(helhet?.figures[0]),
    ],
    [
      "Barn som tycker om att vara här (%)",
      percentCell(question(i.childrenBefore, "trivs")?.figures[0]),
      percentCell(trivs?.figures[0]),
    ],
    ["Spindelns medelvärde (1–10)", spiderMean(i.staffBefore), spiderMean(i.staff)],
  ];
  const table: ReportTable = {
    title: "Nyckeltal",
    columns: [
      { title: "Nyckeltal", format: "text" },
      { title: String(i.year - 1), format: "decimal" },
      { title: String(i.year), format: "decimal" },
    ],
    rows,
    rowFormats: ["count", "count", "count", "count", "count", "percent", "percent", "decimal"],
  };
  const draft = [
    `År ${i.year} svarade ${n(countCell(i.adults.respondents[0]))} vuxna besökare, ${n(countCell(i.children.respondents[0]))} barn och ${n(countCell(i.staff.respondents[0]))} medarbetare i ${i.adults.scopes[0]?.name}.`,
    fu ? `${fu.approved} av ${fu.centres} familjecentraler har en godkänd kvalitetsuppföljning.` : "",
    `Andelen vuxna besökare som är nöjda med familjecentralen som helhet ${change(share(percentCell(question(i.adultsBefore, "helhet")?.figures[0])), share(percentCell(helhet?.figures[0])), percentText)}.`,
  ].filter(Boolean);
  return { id: "sammanfattning", title: "Sammanfattning", draft: draft.join(" "), tables: [table], charts: [] };
}
