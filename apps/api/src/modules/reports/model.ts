/**
 * The report as data: chapters of text, tables and charts, built from the
 * results engine (so the same scopes and suppression hold) and written out by
 * each export format the same way. A suppressed figure is the marker text, never a number.
 */
import type { ChapterId } from "@fcs/contracts";
import type { SeriesTag } from "@fcs/contracts/chart-style";

export type Cell = string | number | null;

export interface ReportColumn {
  title: string;
  format: "text" | "count" | "decimal" | "percent";
}

export interface ReportTable {
  title: string;
  columns: ReportColumn[];
  rows: Cell[][];
  /** Where each row is a different kind of figure (a table of key figures): the format of its figures. */
  rowFormats?: ReportColumn["format"][];
}

export interface ReportChart {
  kind: "bar" | "line" | "radar";
  title: string;
  /** Percent values are 0–100; means are on the survey's scale. */
  unit: "percent" | "mean" | "count";
  categories: string[];
  /** One per area or year; an area's tag gives it the same colour here as on the results page. */
  series: ({ name: string; values: (number | null)[] } & SeriesTag)[];
  /** "Källa: besöksenkät vuxna 2026, n = 3 278": shown under the chart. */
  source?: string;
  /** What the chart shows as one sentence ("Andelen nöjda besökare ökade till 85 %"): the slide's title. */
  finding?: string;
}

export interface ReportChapter {
  id: ChapterId;
  title: string;
  /** Plain factual sentences from the figures: the starting point for the coordinator's text. */
  draft: string;
  /** What the coordinator wrote; empty until then. */
  narrative: string;
  tables: ReportTable[];
  charts: ReportChart[];
  /** An appendix of one page per table (one per centre): Word and print break the page before each. */
  layout?: "page-per-table";
}

export interface ReportModel {
  kind: "region" | "municipality" | "centre";
  scope: { id: string; name: string };
  year: number;
  title: string;
  /** Who the report is for ("Strategigrupp barn och unga"); empty until someone says. */
  addressee: string;
  status: "draft" | "final";
  version: number;
  threshold: number;
  /** What is not yet in: the surveys still collecting today, and the follow-ups not yet approved. */
  readiness: { openSurveys: string[]; unapproved: number; centres: number };
  generatedAt: string;
  chapters: ReportChapter[];
  /** Region reports: good examples from the approved follow-ups, for the county coordinator to pick. */
  exampleCandidates: { centreId: string; centre: string; text: string; chosen: boolean }[];
}
