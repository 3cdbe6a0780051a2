import type { ChapterId, ResultsOverview } from "@fcs/contracts";
import { countCell } from "../figures.ts";
import { countText } from "../format.ts";
import type { ReportChapter, ReportChart } from "../model.ts";
import { activity } from "./activity.ts";
import { adults } from "./adults.ts";
import { appendix } from "./appendix.ts";
import { children } from "./children.ts";
import { development } from "./development.ts";
import { followUp } from "./follow-up.ts";
import { goodExamples } from "./good-examples.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";
import { method } from "./method.ts";
import { municipalities } from "./municipalities.ts";
import { participation } from "./participation.ts";
import { spider } from "./spider.ts";
import { summary } from "./summary.ts";

export type { ReportInputs } from "./inputs.ts";

/**
 * The chapters of a report, in their order: one file each. A builder that has nothing to say
 * for this kind of report gives undefined and the chapter is left out; "Utvecklingsområden"
 * reads the chapters before it.
 */
const figureChapters = [summary, method, participation, followUp, activity, spider, adults, children, municipalities];

export function buildChapters(inputs: ReportInputs, narratives: Record<string, string>): ReportChapter[] {
  const built = figureChapters.map((chapter) => chapter(inputs)).filter((c): c is Chapter => c !== undefined);
  return [...built, development(inputs, built), goodExamples(inputs), appendix(inputs)]
    .filter((c): c is Chapter => c !== undefined)
    .map((c) => ({
      ...c,
      charts: c.charts.map((chart) => ({ ...chart, source: chart.source ?? sourceOf(c.id, chart, inputs) })),
      narrative: narratives[c.id] ?? "",
    }));
}

/** Which survey each chapter's charts come from, and how many answered it. */
const surveyOf = (id: ChapterId, i: ReportInputs): { name: string; overview: ResultsOverview } | undefined =>
  id === "spindel"
    ? { name: "spindelmätningen", overview: i.staff }
    : id === "barn"
      ? { name: "besöksenkät barn", overview: i.children }
      : id === "vuxna" || id === "deltagande"
        ? { name: "besöksenkät vuxna", overview: i.adults }
        : undefined;

/** "Källa: besöksenkät vuxna 2026, n = 3 278" under a chart; for a trend, the years it spans. */
function sourceOf(id: ChapterId, chart: ReportChart, i: ReportInputs): string | undefined {
  if (id === "verksamhet") return `Källa: godkända kvalitetsuppföljningar ${i.year}`;
  if (id === "kvalitetsuppfoljning") return `Källa: godkända kvalitetsuppföljningar ${i.year - 1} och ${i.year}`;
  const survey = surveyOf(id, i);
  if (!survey) return undefined;
  if (chart.kind === "line") return `Källa: ${survey.name} ${chart.categories[0]}–${chart.categories.at(-1)}`;
  const respondents = countCell(survey.overview.respondents[0]);
  return `Källa: ${survey.name} ${i.year}${typeof respondents === "number" ? `, n = ${countText(respondents)}` : ""}`;
}
