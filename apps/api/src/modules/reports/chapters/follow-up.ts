import { followUpValue, ruleShare } from "../figures.ts";
import { percentText } from "../format.ts";
import type { ReportChapter, ReportTable } from "../model.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";
import { change } from "./sentences.ts";

/** "Kvalitetsuppföljning": the key figures of the approved follow-ups and the guideline's rules over two years. */
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
    rowFormats: i.followUps.definitions.map((d) => (d.kind === "share" ? "percent" : "decimal")),
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
