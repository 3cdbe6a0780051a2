import type { ReactNode } from "react";
import { useCallback } from "react";
import { useApiQuery } from "../../api/useApiQuery.ts";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useCurrentUser, useSession } from "../auth/session.tsx";
import { type ScopeOption, scopeOptions } from "./scope-options.ts";

/** Loads the signed-in user's areas (their centres, municipalities, regions, and all regions) for a view's area filter. */
export function WithScopeOptions(props: { children: (options: ScopeOption[]) => ReactNode }) {
  const t = useMessages();
  const { api } = useSession();
  const user = useCurrentUser();
  const load = useCallback((signal: AbortSignal) => api.centres(signal), [api]);
  const { state, retry } = useApiQuery(load, t.errors.network);
  return (
    <QueryStatus state={state} retry={retry}>
      {({ centres }) => props.children(scopeOptions(user, centres, t.results.level.all))}
    </QueryStatus>
  );
}
