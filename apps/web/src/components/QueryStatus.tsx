import type { ReactNode } from "react";
import { ApiError } from "../api/client.ts";
import type { QueryLike } from "../api/query-client.ts";
import { useMessages } from "../i18n/index.ts";

/** Loading and error states of a query, said the same way on every page; the data once it is there. */
export function QueryStatus<T>(props: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  const t = useMessages();
  const { query } = props;
  if (query.status === "pending") {
    return (
      <p role="status" aria-live="polite">
        {t.loading}
      </p>
    );
  }
  if (query.status === "error") {
    return (
      <div role="alert" className="notice notice-error">
        <p>{query.error instanceof ApiError ? query.error.message : t.errors.network}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t.retry}
        </button>
      </div>
    );
  }
  return <>{props.children(query.data)}</>;
}
