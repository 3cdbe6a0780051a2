import type { ChapterId, ReportModel, ReportStep } from "@fcs/contracts";
import { paths, type reportFormats } from "@fcs/contracts/paths";
import { useQuery } from "@tanstack/react-query";
import { urlOf } from "../endpoint-client.ts";
import { useApi, useApiMutation } from "../query-client.ts";

/** Which report: a region's annual joint report, a municipality's, or a centre's for its verksamhetsberättelse. */
export type ReportTarget =
  | { kind: "region"; code: string }
  | { kind: "municipality"; code: string }
  | { kind: "centre"; id: string };
export type ReportFormat = (typeof reportFormats)[number];

/** The calls of one kind of report (both kinds have the same), with its key and year filled in. */
interface ReportGroup<K> {
  model(input: { params: K & { year: number }; signal?: AbortSignal }): Promise<ReportModel>;
  saveChapter(input: {
    params: K & { year: number; chapter: ChapterId };
    body: { text: string; version: number };
  }): Promise<ReportStep>;
  chooseExamples(input: {
    params: K & { year: number };
    body: { centreIds: string[]; version: number };
  }): Promise<ReportStep>;
  saveAddressee(input: { params: K & { year: number }; body: { text: string; version: number } }): Promise<ReportStep>;
  finalize(input: { params: K & { year: number }; body: { version: number } }): Promise<ReportStep>;
  reopen(input: { params: K & { year: number }; body: { version: number } }): Promise<ReportStep>;
}

function bind<K extends object>(
  group: ReportGroup<K>,
  key: K,
  year: number,
  exportPath:
    | typeof paths.regionReports.export
    | typeof paths.municipalityReports.export
    | typeof paths.centreReports.export,
) {
  const params = { ...key, year };
  return {
    model: (signal?: AbortSignal) => group.model({ params, signal }),
    saveChapter: (chapter: ChapterId, text: string, version: number) =>
      group.saveChapter({ params: { ...params, chapter }, body: { text, version } }),
    chooseExamples: (centreIds: string[], version: number) =>
      group.chooseExamples({ params, body: { centreIds, version } }),
    saveAddressee: (text: string, version: number) => group.saveAddressee({ params, body: { text, version } }),
    step: (step: "finalize" | "reopen", version: number) => group[step]({ params, body: { version } }),
    exportUrl: (format: ReportFormat) => urlOf(exportPath, { params: { ...params, format } }),
  };
}

/** The report's calls, whichever kind it is. */
export function useReportCalls(target: ReportTarget, year: number) {
  const api = useApi();
  if (target.kind === "region") return bind(api.regionReports, { code: target.code }, year, paths.regionReports.export);
  if (target.kind === "municipality")
    return bind(api.municipalityReports, { code: target.code }, year, paths.municipalityReports.export);
  return bind(api.centreReports, { id: target.id }, year, paths.centreReports.export);
}

export const reportKeys = {
  one: (target: ReportTarget, year: number) =>
    ["reports", target.kind, target.kind === "centre" ? target.id : target.code, year] as const,
};

/**
 * The report as the server builds it. It is read afresh whenever the page opens (a chapter saved
 * earlier must show), and not after a chapter is saved: the other chapters keep their unsaved text.
 */
export function useReport(target: ReportTarget, year: number) {
  const calls = useReportCalls(target, year);
  return useQuery({
    queryKey: reportKeys.one(target, year),
    queryFn: ({ signal }) => calls.model(signal),
    gcTime: 0,
  });
}

/** Finishing or reopening the report gives a new model: it is read again. */
export function useReportStep(target: ReportTarget, year: number) {
  const calls = useReportCalls(target, year);
  return useApiMutation(
    (_api, { step, version }: { step: "finalize" | "reopen"; version: number }) => calls.step(step, version),
    () => [reportKeys.one(target, year)],
  );
}

export function useChooseExamples(target: ReportTarget, year: number) {
  const calls = useReportCalls(target, year);
  return useApiMutation(
    (_api, { centreIds, version }: { centreIds: string[]; version: number }) =>
      calls.chooseExamples(centreIds, version),
    () => [reportKeys.one(target, year)],
  );
}

/** A chapter's text: saved without reading the model again, so the other chapters keep what is being typed. */
export function useSaveChapter(target: ReportTarget, year: number) {
  const calls = useReportCalls(target, year);
  return useApiMutation(
    (_api, { chapter, text, version }: { chapter: ChapterId; text: string; version: number }) =>
      calls.saveChapter(chapter, text, version),
    () => [],
  );
}

/** Who the report is for: saved on its own, like a chapter's text. */
export function useSaveAddressee(target: ReportTarget, year: number) {
  const calls = useReportCalls(target, year);
  return useApiMutation(
    (_api, { text, version }: { text: string; version: number }) => calls.saveAddressee(text, version),
    () => [],
  );
}
