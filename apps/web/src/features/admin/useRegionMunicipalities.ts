import { useCallback } from "react";
import { useApiQuery } from "../../api/useApiQuery.ts";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "../auth/session.tsx";

/** The municipalities a centre can be placed in, in Swedish alphabetical order. */
export function useRegionMunicipalities(regionCode: string) {
  const { api } = useSession();
  const load = useCallback(
    async (signal: AbortSignal) =>
      (await api.municipalities(regionCode, signal)).municipalities.sort((a, b) => a.name.localeCompare(b.name, "sv")),
    [api, regionCode],
  );
  return useApiQuery(load, useMessages().errors.network);
}
