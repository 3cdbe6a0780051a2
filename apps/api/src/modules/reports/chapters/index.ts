import type { ReportChapter } from "../model.ts";
import { adults } from "./adults.ts";
import { children } from "./children.ts";
import { development } from "./development.ts";
import { followUp } from "./follow-up.ts";
import { goodExamples } from "./good-examples.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";
import { participation } from "./participation.ts";
import { spider } from "./spider.ts";
import { summary } from "./summary.ts";

export type { ReportInputs } from "./inputs.ts";

/**
 * The chapters of a report, in their order: one file each. A builder that has nothing to say
 * for this kind of report gives undefined and the chapter is left out; "Utvecklingsområden"
 * reads the chapters before it.
 */
const figureChapters = [summary, participation, followUp, spider, adults, children];

export function buildChapters(inputs: ReportInputs, narratives: Record<string, string>): ReportChapter[] {
  const built = figureChapters.map((chapter) => chapter(inputs)).filter((c): c is Chapter => c !== undefined);
  return [...built, development(inputs, built), goodExamples(inputs)]
    .filter((c): c is Chapter => c !== undefined)
    .map((c) => ({ ...c, narrative: narratives[c.id] ?? "" }));
}
