import { countCell, percentCell, question, spiderMean } from "../figures.ts";
import type { Cell, ReportTable } from "../model.ts";
import { approvedFollowUps, percentOf, respondents, yearOnYear } from "./drafts.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";
import { paragraph } from "./phrases.ts";

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
      "Barn som valt den glada smileyn på ”Tycker du om att vara här?” (%)",
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
  const draft = paragraph(
    respondents(i.year, i.adults.scopes[0]?.name ?? "", {
      adults: rows[2]?.[2],
      children: rows[3]?.[2],
      staff: rows[4]?.[2],
    }),
    approvedFollowUps(i.year, fu, i.followUpsBefore?.scopes[0]),
    yearOnYear({
      subject: "Andelen vuxna besökare som är nöjda med familjecentralen som helhet",
      year: i.year,
      now: rows[5]?.[2],
      before: rows[5]?.[1],
      text: percentOf,
    }),
    yearOnYear({
      subject: "Andelen barn som valde den glada smileyn på frågan om de tycker om att vara här",
      year: i.year,
      now: rows[6]?.[2],
      before: rows[6]?.[1],
      text: percentOf,
    }),
  );
  return { id: "sammanfattning", title: "Sammanfattning", draft, tables: [table], charts: [] };
}
