import type { ImportRecord } from "@fcs/contracts";
import { useQuery } from "@tanstack/react-query";
import { useApi, useApiMutation } from "../query-client.ts";
import { resultKeys } from "./results.ts";

export const importKeys = {
  list: (code: string) => ["imports", code] as const,
};

/** The region's imports, newest first. */
export function useImports(code: string) {
  const api = useApi();
  return useQuery({
    queryKey: importKeys.list(code),
    queryFn: ({ signal }) => api.imports.list({ params: { code }, signal }),
  });
}

/** What an import or its undo changes: the list, the results and reports, the log. */
const changedBy = (code: string) => [importKeys.list(code), resultKeys.all, ["reports"], ["auditLog", code]];

export const useUndoImport = (code: string) =>
  useApiMutation(
    (api, importId: string): Promise<ImportRecord> => api.imports.undo({ params: { code, importId } }),
    () => changedBy(code),
  );

export { changedBy as importChanges };
