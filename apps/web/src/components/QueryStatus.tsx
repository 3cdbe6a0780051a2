import type { ReactNode } from "react";
import type { QueryState } from "../api/useApiQuery.ts";
import { useMessages } from "../i18n/index.ts";

/** Loading and error states of a query, said the same way on every page. */
export function QueryStatus<T>(props: { state: QueryState<T>; retry: () => void; children: (data: T) => ReactNode }) {
  const t = useMessages();
  const { state } = props;
  if (state.status === "loading") {
    return (
      <p role="status" aria-live="polite">
        {t.loading}
      </p>
    );
  }
  if (state.status === "error") {
    return (
      <div role="alert" className="notice notice-error">
        <p>{state.message}</p>
        <button type="button" onClick={props.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  return <>{props.children(state.data)}</>;
}
