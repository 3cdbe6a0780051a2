import type { PeriodInput } from "@fcs/contracts";
import type { LogKind } from "@fcs/contracts/log-kinds";
import { useQuery } from "@tanstack/react-query";
import { useApi, useApiMutation } from "../query-client.ts";

/** The county coordinator's year: collection periods, progress per centre, the audit log. */
export const yearKeys = {
  /** Every region's and year's progress: a follow-up's step changes it. */
  allProgress: ["progress"] as const,
  periods: (code: string, year: number) => ["periods", code, year] as const,
  progress: (code: string, year: number) => ["progress", code, year] as const,
  auditLog: (code: string, year: number, kind: string) => ["auditLog", code, year, kind] as const,
};

/** How often the progress table asks for new counts while open: live enough for a collection period, light on the server. */
const progressRefreshMs = 30_000;

export function usePeriods(regionCode: string, year: number) {
  const api = useApi();
  return useQuery({
    queryKey: yearKeys.periods(regionCode, year),
    queryFn: ({ signal }) => api.periods.get({ params: { code: regionCode, year }, signal }),
  });
}

/** Publishing periods is logged, so the log is read again with the periods. */
export const useSetPeriods = (regionCode: string, year: number) =>
  useApiMutation(
    (api, periods: PeriodInput[]) => api.periods.set({ params: { code: regionCode, year }, body: { periods } }),
    () => [yearKeys.periods(regionCode, year), ["auditLog", regionCode]],
  );

export function useProgress(regionCode: string, year: number) {
  const api = useApi();
  return useQuery({
    queryKey: yearKeys.progress(regionCode, year),
    queryFn: ({ signal }) => api.progress.get({ params: { code: regionCode }, query: { year }, signal }),
    refetchInterval: progressRefreshMs,
  });
}

export function useAuditLog(regionCode: string, year: number, kind: LogKind | "") {
  const api = useApi();
  return useQuery({
    queryKey: yearKeys.auditLog(regionCode, year, kind),
    queryFn: ({ signal }) =>
      api.audit.list({
        params: { code: regionCode },
        query: { year, limit: 100, kind: kind === "" ? undefined : kind },
        signal,
      }),
  });
}
