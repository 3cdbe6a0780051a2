import { useCallback, useState } from "react";
import { ApiError, describeApiError } from "./client.ts";

/** Runs a user's action against the API and keeps its failure as a message to show, instead of losing it. */
export function useAction(networkMessage: string) {
  const [error, setError] = useState<string>();
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setError(undefined);
      try {
        await action();
      } catch (caught) {
        setError(caught instanceof ApiError ? describeApiError(caught) : networkMessage);
      }
    },
    [networkMessage],
  );
  return { error, run };
}
