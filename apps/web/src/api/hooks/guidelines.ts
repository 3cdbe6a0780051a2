import type { GuidelineSet, GuidelineSetBody } from "@fcs/contracts";
import { useQuery } from "@tanstack/react-query";
import { useApi, useApiMutation } from "../query-client.ts";
import { resultKeys } from "./results.ts";

export const guidelineKeys = {
  one: (code: string, year: number) => ["guidelines", code, year] as const,
};

/** The region's rule set for a year: saved, or the rules in force to start from. */
export function useGuidelineSet(code: string, year: number) {
  const api = useApi();
  return useQuery({
    queryKey: guidelineKeys.one(code, year),
    queryFn: ({ signal }) => api.guidelines.get({ params: { code, year }, signal }),
    // The editor keeps its own copy while it is being changed: never swap it under the user.
    gcTime: 0,
  });
}

/** Saving a draft returns the set as saved; the editor takes it from the answer. */
export const useSaveGuidelineSet = (code: string, year: number) =>
  useApiMutation(
    (api, body: GuidelineSetBody): Promise<GuidelineSet> => api.guidelines.save({ params: { code, year }, body }),
    () => [["auditLog", code]],
  );

/** Publishing changes the year's results and reports: they are read again. */
export const usePublishGuidelineSet = (code: string, year: number) =>
  useApiMutation(
    (api, version: number): Promise<GuidelineSet> =>
      api.guidelines.publish({ params: { code, year }, body: { version } }),
    () => [resultKeys.all, ["reports"], ["auditLog", code]],
  );
