import type { FollowUpFigures } from "@fcs/contracts";
import { followUpValue, ruleShare } from "../figures.ts";
import { decimalText } from "../format.ts";
import type { Cell, ReportChapter, ReportColumn, ReportTable } from "../model.ts";
import { centreCompliance, complianceLevel, guidelineCompliance, type RuleCount } from "./drafts.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";

/** "Kvalitetsuppföljning": the key figures of the approved follow-ups and the guideline's rules over the years. */
export function followUp(i: ReportInputs): Chapter {
  const scopes = i.followUps.scopes;
  // Values the guideline gives to compare with (a region's average of an earlier year), never a requirement.
  const references = i.followUps.guideline?.references ?? [];
  const figures: ReportTable = {
    title: "Förutsättningar och gemensam tid",
    columns: [
      { title: "Nyckeltal", format: "text" },
      ...scopes.map((s) => ({ title: s.name, format: "decimal" as const })),
      ...(references.length > 0 ? [{ title: "Att jämföra med (inget krav)", format: "text" as const }] : []),
    ],
    rows: i.followUps.definitions.map((d) => {
      const reference = references.find((r) => r.key === d.key);
      return [
        d.label,
        ...scopes.map((s) => {
          const value = followUpValue(s, d.key);
          return typeof value === "number" && d.kind === "share" ? value * 100 : value;
        }),
        ...(references.length > 0 ? [reference ? `${decimalText(reference.value)} (${reference.label})` : null] : []),
      ];
    }),
    rowFormats: i.followUps.definitions.map((d) => (d.kind === "share" ? "percent" : "decimal")),
  };
  const guideline = i.followUps.guideline;
  const tables: ReportTable[] = [figures];
  const draft: string[] = [];
  const charts: ReportChapter["charts"] = [];
  if (guideline && i.kind === "centre") {
    const own = i.followUps.centres[0];
    draft.push(
      centreCompliance(
        i.year,
        own?.status === "approved"
          ? guideline.rules.map((r) => ({ text: r.text, outcome: own.outcomes[r.id] ?? "not_answered" }))
          : undefined,
      ),
    );
    tables.push(
      rulesByYear(i, `Riktlinjerna (${guideline.source})`, "text", (f, rule) => {
        const c = f.centres[0];
        return c?.status === "approved" ? (outcomeText[c.outcomes[rule] ?? "not_answered"] ?? null) : null;
      }),
    );
  } else if (guideline) {
    const before = i.followUpsBefore?.scopes[0];
    const now = scopes[0];
    tables.push(
      rulesByYear(
        i,
        `Andel familjecentraler som uppfyller riktlinjerna, per år (${guideline.source})`,
        "percent",
        (f, rule) => percentOrNull(ruleShare(f.scopes[0], rule)),
      ),
    );
    draft.push(
      guidelineCompliance({
        year: i.year,
        now: ruleCounts(i.followUps),
        before: i.followUpsBefore && ruleCounts(i.followUpsBefore),
        comparable: sameCentresApproved(i.followUps, i.followUpsBefore),
        sets: { now: { approved: now?.approved ?? 0, centres: now?.centres ?? 0 }, before },
      }),
    );
    charts.push({
      kind: "bar",
      title: "Andel familjecentraler som uppfyller riktlinjerna",
      finding: complianceLevel(ruleCounts(i.followUps)) || undefined,
      unit: "percent",
      categories: guideline.rules.map((r) => r.text),
      series: i.followUpHistory.slice(-3).map((f) => ({
        name: String(f.year),
        values: guideline.rules.map((r) => percentOrNull(ruleShare(f.scopes[0], r.id))),
      })),
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

/** This year's rules, how binding each is, and a cell per year the follow-up was asked. */
function rulesByYear(
  i: ReportInputs,
  title: string,
  format: ReportColumn["format"],
  cell: (figures: FollowUpFigures, rule: string) => Cell,
): ReportTable {
  return {
    title,
    columns: [
      { title: "Riktlinje", format: "text" },
      { title: "Grad", format: "text" },
      ...i.followUpHistory.map((f) => ({ title: String(f.year), format })),
    ],
    rows: (i.followUps.guideline?.rules ?? []).map((r) => [
      r.text,
      strengthText[r.strength] ?? null,
      ...i.followUpHistory.map((f) => cell(f, r.id)),
    ]),
  };
}

/** Each rule's count of centres that meet it, of those judged (met or not met) in the scope. */
const ruleCounts = (figures: FollowUpFigures): RuleCount[] =>
  (figures.guideline?.rules ?? []).map((r) => {
    const c = figures.scopes[0]?.compliance?.find((x) => x.rule === r.id);
    return { text: r.text, strength: r.strength, met: c?.met ?? 0, judged: (c?.met ?? 0) + (c?.notMet ?? 0) };
  });

/**
 * Whether two years' compliance rests on the same centres: the same approved follow-ups
 * by centre where the centres are listed, else every centre approved both years.
 */
function sameCentresApproved(now: FollowUpFigures, before: FollowUpFigures | undefined): boolean {
  if (!before) return false;
  const approved = (f: FollowUpFigures) =>
    f.centres
      .filter((c) => c.status === "approved")
      .map((c) => c.id)
      .sort()
      .join();
  if (now.centres.length > 0 || before.centres.length > 0) return approved(now) === approved(before);
  const [a, b] = [now.scopes[0], before.scopes[0]];
  return !!a && !!b && a.centres === b.centres && a.approved === a.centres && b.approved === b.centres;
}

const percentOrNull = (share: number | null) => (share === null ? null : share * 100);
/** How binding a rule is, as a table says it. */
const strengthText: Record<string, string> = { ska: "Ska", bör: "Bör", rekommendation: "Rekommendation" };

const outcomeText: Record<string, string> = {
  met: "Uppfyllt",
  not_met: "Inte uppfyllt",
  not_answered: "Inte besvarat",
  not_applicable: "Gäller inte",
};
