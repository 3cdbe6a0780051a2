import type { RegionChange } from "@fcs/contracts";
import { useQuery } from "@tanstack/react-query";
import { useApi, useApiMutation } from "../query-client.ts";

export const regionKeys = {
  all: ["regions"] as const,
  municipalities: (code: string) => ["regions", "municipalities", code] as const,
};

/** The regions the caller administers, with their switch and guideline. */
export function useRegions() {
  const api = useApi();
  return useQuery({ queryKey: regionKeys.all, queryFn: ({ signal }) => api.regions.list({ signal }) });
}

/** A region's municipalities, in Swedish alphabetical order. */
export function useMunicipalities(regionCode: string) {
  const api = useApi();
  return useQuery({
    queryKey: regionKeys.municipalities(regionCode),
    queryFn: async ({ signal }) =>
      (await api.regions.municipalities({ params: { code: regionCode }, signal })).municipalities.sort((a, b) =>
        a.name.localeCompare(b.name, "sv"),
      ),
  });
}

/** Switching a region on or off, or its guideline, changes what every comparison shows: all is read again. */
export const useChangeRegion = () =>
  useApiMutation(
    (api, { code, change }: { code: string; change: RegionChange }) =>
      api.regions.change({ params: { code }, body: change }),
    () => [[]],
  );
