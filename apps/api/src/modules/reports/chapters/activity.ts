import type { FollowUpFigures } from "@fcs/contracts";
import type { Cell, ReportChart, ReportTable } from "../model.ts";
import { activityInBrief, largestFlow } from "./drafts.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";

type Activity = FollowUpFigures["scopes"][number]["activity"];
type ActivityFigure = Activity["totals"][number];

/** What a hidden count of people reads in a table: it may be small, or hidden so a small one cannot be worked out. */
const hiddenCount = "visas inte";

/** An activity figure as a report cell: the marker where it is hidden. */
export const activityCell = (f: Pick<ActivityFigure, "value" | "hidden"> | undefined): Cell =>
  !f ? null : f.hidden ? hiddenCount : f.value;

/** The four services by their short names, as the centres say them. */
const short: Record<string, string> = {
  mhv: "MHV",
  bhv: "BHV",
  oppen_forskola: "Öppen förskola",
  socialtjanst: "Socialtjänst",
};
const flowName = (f: { from: string; to: string }) => `${short[f.from] ?? f.from} → ${short[f.to] ?? f.to}`;

/**
 * "Verksamheten i siffror": what the approved follow-ups say the centres did — staff per
 * profession, parent groups and their participants, joint plans and home visits,
 * open-preschool visits, and the slussning grid as flows between the services, over the years.
 */
export function activity(i: ReportInputs): Chapter | undefined {
  const history = i.followUpHistory.filter((f) => (f.scopes[0]?.approved ?? 0) > 0);
  const now = i.followUps.scopes[0];
  const defs = i.followUps.activityDefinitions;
  if (!now) return undefined;
  const place = now.name;
  const staffing: ReportTable = {
    title: `Bemanning per yrkesroll, ${place} ${i.year}`,
    columns: [
      { title: "Yrkesroll", format: "text" },
      { title: "Personer", format: "count" },
      { title: "Heltider", format: "decimal" },
    ],
    rows: now.activity.staffing.map((s) => [
      defs.professions.find((p) => p.key === s.profession)?.label ?? s.profession,
      activityCell(s.persons),
      activityCell(s.fte),
    ]),
  };
  const years = history.map((f) => String(f.year));
  const totals: ReportTable = {
    title: `Föräldragrupper, gemensamt arbete och besök, ${place}`,
    columns: [{ title: "Nyckeltal", format: "text" }, ...years.map((y) => ({ title: y, format: "count" as const }))],
    rows: defs.totals.map((d) => [
      d.label,
      ...history.map((f) => activityCell(f.scopes[0]?.activity.totals.find((t) => t.key === d.key))),
    ]),
  };
  const flowsNow = now.activity.flows;
  const matrix: ReportTable = {
    title: `Slussning mellan verksamheterna, ${place} ${i.year} (antal familjer, från rad till kolumn)`,
    columns: [
      { title: "Från \\ till", format: "text" },
      ...defs.services.map((s) => ({ title: short[s.key] ?? s.label, format: "count" as const })),
    ],
    rows: defs.services.map((from) => [
      short[from.key] ?? from.label,
      ...defs.services.map((to) => activityCell(flowsNow.find((f) => f.from === from.key && f.to === to.key))),
    ]),
  };
  // The flows that any year has a figure for, over the years.
  const used = flowsNow.filter((f) => history.some((h) => flowOf(h, f)?.n));
  const flowTrend: ReportTable = {
    title: `Slussning över åren, ${place} (antal familjer)`,
    columns: [{ title: "Från → till", format: "text" }, ...years.map((y) => ({ title: y, format: "count" as const }))],
    rows: used.map((f) => [flowName(f), ...history.map((h) => activityCell(flowOf(h, f)))]),
  };
  const largest = [...flowsNow]
    .filter((f) => !f.hidden && (f.value ?? 0) > 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  const largestNamed = largest && {
    from: defs.services.find((s) => s.key === largest.from)?.label ?? largest.from,
    to: defs.services.find((s) => s.key === largest.to)?.label ?? largest.to,
    families: largest.value ?? 0,
  };
  const chart: ReportChart = {
    kind: "bar",
    title: `Slussade familjer mellan verksamheterna, ${i.year}`,
    unit: "count",
    categories: used.map(flowName),
    series: [{ name: place, scope: now.level, values: used.map((f) => (f.hidden ? null : f.value)) }],
    finding: largestNamed && largestFlow(largestNamed),
  };
  const tables = [staffing, totals, matrix, flowTrend];
  const parts = i.kind === "region" ? municipalityFlows(i) : undefined;
  if (parts) tables.push(parts);
  const total = (key: string) => now.activity.totals.find((t) => t.key === key);
  const persons = now.activity.staffing.map((s) => s.persons);
  const fte = now.activity.staffing.map((s) => s.fte);
  const sum = (fs: ActivityFigure[] | Activity["staffing"][number]["persons"][]) =>
    fs.some((f) => f.n > 0) ? fs.reduce((a, f) => a + (f.value ?? 0), 0) : null;
  return {
    id: "verksamhet",
    title: "Verksamheten i siffror",
    draft: activityInBrief({
      year: i.year,
      approved: now.approved,
      staff: sum(persons) === null ? undefined : { persons: sum(persons) ?? 0, fte: sum(fte) ?? 0 },
      groupsBefore: activityCell(total("grupper_fore_fodsel")),
      participantsBefore: activityCell(total("deltagare_fore_fodsel")),
      groupsAfter: activityCell(total("grupper_efter_fodsel")),
      participantsAfter: activityCell(total("deltagare_efter_fodsel")),
      largestFlow: largestNamed,
      hiddenBelow: [...now.activity.totals, ...flowsNow].some((f) => f.hidden) ? i.adults.threshold : undefined,
    }),
    tables,
    charts: used.length > 0 ? [chart] : [],
  };
}

const flowOf = (f: FollowUpFigures, flow: { from: string; to: string }) =>
  f.scopes[0]?.activity.flows.find((x) => x.from === flow.from && x.to === flow.to);

/** A region's municipalities side by side on the flows any of them has. */
function municipalityFlows(i: ReportInputs): ReportTable | undefined {
  const municipalities = i.followUps.municipalities.filter((m) => m.approved > 0);
  const used = (i.followUps.scopes[0]?.activity.flows ?? []).filter((f) => (f.value ?? 0) > 0 || f.hidden);
  if (municipalities.length === 0 || used.length === 0) return undefined;
  return {
    title: `Slussning per kommun, ${i.year} (antal familjer)`,
    columns: [
      { title: "Kommun", format: "text" },
      ...used.map((f) => ({ title: flowName(f), format: "count" as const })),
    ],
    rows: municipalities.map((m) => [
      m.name,
      ...used.map((f) => activityCell(m.activity.flows.find((x) => x.from === f.from && x.to === f.to))),
    ]),
  };
}
