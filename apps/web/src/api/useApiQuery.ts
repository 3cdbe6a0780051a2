import { useCallback, useEffect, useState } from "react";
import { ApiError } from "./client.ts";

export type QueryState<T> = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; data: T };

/** Loads one API resource with loading and error states, a way to try again, and quiet reloads. */
export function useApiQuery<T>(load: (signal: AbortSignal) => Promise<T>, networkMessage: string) {
  const [state, setState] = useState<QueryState<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    const controller = new AbortController();
    // A reload keeps what is shown until the new data is there, so nothing the user is reading disappears.
    setState((current) => (current.status === "ready" ? current : { status: "loading" }));
    load(controller.signal)
      .then((data) => setState({ status: "ready", data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "error", message: error instanceof ApiError ? error.message : networkMessage });
      });
    return () => controller.abort();
  }, [load, networkMessage, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
