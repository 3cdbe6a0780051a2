import type { ReactNode } from "react";
import { useCentres } from "../../api/hooks/centres.ts";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { type ScopeOption, scopeOptions } from "./scope-options.ts";

/** Loads the signed-in user's areas (their centres, municipalities, regions, and all regions) for a view's area filter. */
export function WithScopeOptions(props: { children: (options: ScopeOption[]) => ReactNode }) {
  const t = useMessages();
  const user = useCurrentUser();
  const centres = useCentres();
  return (
    <QueryStatus query={centres}>
      {({ centres }) => props.children(scopeOptions(user, centres, t.results.level.all))}
    </QueryStatus>
  );
}
