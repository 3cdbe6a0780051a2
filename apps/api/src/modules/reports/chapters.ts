import type { FollowUpFigures, ResultsOverview, ResultsParts, ResultsTrend } from "@fcs/contracts";
import { suppressedMarker } from "../results/suppression.ts";
import { countCell, followUpValue, percentCell, point, question, ruleShare, spiderMean } from "./figures.ts";
import { countText, percentText } from "./format.ts";
import type { Cell, ReportChapter, ReportTable } from "./model.ts";

/** Everything a report is built from, read through the results engine with the reader's own scope. */
export interface ReportInputs {
  kind: "region" | "centre";
  year: number;
  adults: ResultsOverview;
  adultsBefore?: ResultsOverview;
  children: ResultsOverview;
  staff: ResultsOverview;
  staffBefore?: ResultsOverview;
  adultTrend: ResultsTrend;
  staffTrend: ResultsTrend;
  adultParts?: ResultsParts;
  childParts?: ResultsParts;
  staffParts?: ResultsParts;
  followUps: FollowUpFigures;
  followUpsBefore?: FollowUpFigures;
  examples: { centre: string; text: string }[];
}

type Chapter = Omit<ReportChapter, "narrative">;
const n = (cell: Cell) => (typeof cell === "number" ? countText(cell) : suppressedMarker);

/** "ökade från 71 % till 78 %", "minskade …", "var oförändrad …", or just the figure. */
function change(before: number | null, now: number | null, text: (v: number) => string): string {
  if (now === null) return "kan inte redovisas";
  if (before === null) return `var ${text(now)}`;
  const a = text(before);
  const b = text(now);
  if (a === b) return `var oförändrad, ${b}`;
  return `${now > before ? "ökade" : "minskade"} från ${a} till ${b}`;
}
const share = (cell: Cell) => (typeof cell === "number" ? cell / 100 : null);

export function summary(i: ReportInputs): Chapter {
  const fu = i.followUps.scopes[0];
  const helhet = question(i.adults, "helhet");
  const trivs = question(i.children, "trivs");
  const rows: Cell[][] = [
    ["Familjecentraler", i.followUpsBefore?.scopes[0]?.centres ?? null, fu?.centres ?? null],
    ["Godkända kvalitetsuppföljningar", i.followUpsBefore?.scopes[0]?.approved ?? null, fu?.approved ?? null],
    ["Vuxna besökare som svarat", countCell(i.adultsBefore?.respondents[0]), countCell(i.adults.respondents[0])],
    ["Barn som svarat", null, countCell(i.children.respondents[0])],
    ["Medarbetare som svarat", countCell(i.staffBefore?.respondents[0]), countCell(i.staff.respondents[0])],
    [
      "Vuxna som är nöjda med familjecentralen som helhet (%)",
      percentCell(question(i.adultsBefore, "helhet")?.figures[0]),
      percentCell(helhet?.figures[0]),
    ],
    ["Barn som tycker om att vara här (%)", null, percentCell(trivs?.figures[0])],
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
  };
  const draft = [
    `År ${i.year} svarade ${n(countCell(i.adults.respondents[0]))} vuxna besökare, ${n(countCell(i.children.respondents[0]))} barn och ${n(countCell(i.staff.respondents[0]))} medarbetare i ${i.adults.scopes[0]?.name}.`,
    fu ? `${fu.approved} av ${fu.centres} familjecentraler har en godkänd kvalitetsuppföljning.` : "",
    `Andelen vuxna besökare som är nöjda med familjecentralen som helhet ${change(share(percentCell(question(i.adultsBefore, "helhet")?.figures[0])), share(percentCell(helhet?.figures[0])), percentText)}.`,
  ].filter(Boolean);
  return { id: "sammanfattning", title: "Sammanfattning", draft: draft.join(" "), tables: [table], charts: [] };
}

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
    draft: `${municipalities.length} kommuner i ${i.adults.scopes[0]?.name} har familjecentraler som deltog i uppföljningen ${i.year}.`,
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

export function followUp(i: ReportInputs): Chapter {
  const scopes = i.followUps.scopes;
  const figures: ReportTable = {
    title: "Förutsättningar och gemensam tid",
    columns: [
      { title: "Nyckeltal", format: "text" },
      ...scopes.map((s) => ({ title: s.name, format: "decimal" as const })),
    ],
    rows: i.followUps.definitions.map((d) => [
      d.label,
      ...scopes.map((s) => {
        const value = followUpValue(s, d.key);
        return typeof value === "number" && d.kind === "share" ? value * 100 : value;
      }),
    ]),
  };
  const guideline = i.followUps.guideline;
  const tables: ReportTable[] = [figures];
  const draft: string[] = [];
  const charts: ReportChapter["charts"] = [];
  if (guideline) {
    const before = i.followUpsBefore?.scopes[0];
    const now = scopes[0];
    tables.push({
      title: `Andel familjecentraler som uppfyller riktlinjerna (${guideline.source})`,
      columns: [
        { title: "Riktlinje", format: "text" },
        { title: String(i.year - 1), format: "percent" },
        { title: String(i.year), format: "percent" },
      ],
      rows: guideline.rules.map((r) => {
        const a = ruleShare(before, r.id);
        const b = ruleShare(now, r.id);
        return [r.text, a === null ? null : a * 100, b === null ? null : b * 100];
      }),
    });
    for (const r of guideline.rules)
      draft.push(
        `Andelen familjecentraler som uppfyller ”${r.text.toLowerCase()}” ${change(ruleShare(before, r.id), ruleShare(now, r.id), percentText)}.`,
      );
    charts.push({
      kind: "bar",
      title: "Andel familjecentraler som uppfyller riktlinjerna",
      unit: "percent",
      categories: guideline.rules.map((r) => r.text),
      series: [
        { name: String(i.year - 1), values: guideline.rules.map((r) => percentOrNull(ruleShare(before, r.id))) },
        { name: String(i.year), values: guideline.rules.map((r) => percentOrNull(ruleShare(now, r.id))) },
      ],
    });
    if (i.followUps.centres.length > 0)
      tables.push({
        title: "Riktlinjerna per familjecentral",
        columns: [
          { title: "Familjecentral", format: "text" },
          ...guideline.rules.map((r) => ({ title: r.text, format: "text" as const })),
        ],
        rows: i.followUps.centres.map((c) => [
          c.name,
          ...guideline.rules.map((r) => outcomeText[c.outcomes[r.id] ?? "not_answered"] ?? null),
        ]),
      });
  }
  return { id: "kvalitetsuppfoljning", title: "Kvalitetsuppföljning", draft: draft.join(" "), tables, charts };
}

const percentOrNull = (share: number | null) => (share === null ? null : share * 100);
const outcomeText: Record<string, string> = {
  met: "Uppfyllt",
  not_met: "Inte uppfyllt",
  not_answered: "Inte besvarat",
  not_applicable: "Gäller inte",
};
