import type { FollowUpFigures, ResultsOverview, ResultsParts, ResultsTrend } from "@fcs/contracts";
import type { ReportChapter } from "../model.ts";

/** Everything a report is built from, read through the results engine with the reader's own scope. */
export interface ReportInputs {
  kind: "region" | "municipality" | "centre";
  year: number;
  adults: ResultsOverview;
  adultsBefore?: ResultsOverview;
  children: ResultsOverview;
  childrenBefore?: ResultsOverview;
  staff: ResultsOverview;
  staffBefore?: ResultsOverview;
  adultTrend: ResultsTrend;
  staffTrend: ResultsTrend;
  adultParts?: ResultsParts;
  childParts?: ResultsParts;
  staffParts?: ResultsParts;
  followUps: FollowUpFigures;
  followUpsBefore?: FollowUpFigures;
  /** Every year the follow-up was asked, up to and including this one, oldest first. */
  followUpHistory: FollowUpFigures[];
  examples: { centre: string; text: string }[];
  /** When each survey was open in the region this year (ISO dates). */
  periods: { kind: string; opens: string; closes: string }[];
}

/** A chapter as a builder makes it; the coordinator's narrative is added from the saved texts. */
export type Chapter = Omit<ReportChapter, "narrative">;
