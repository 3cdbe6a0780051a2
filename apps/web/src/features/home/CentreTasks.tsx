import type { Centre } from "@fcs/contracts";
import { useCallback } from "react";
import { Link } from "react-router";
import { useApiQuery } from "../../api/useApiQuery.ts";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "../auth/session.tsx";

/** The local coordinator's year for one centre: the follow-up, the tablets and links, the answers so far. */
export function CentreTasks({ centre, year }: { centre: Centre; year: number }) {
  const t = useMessages();
  const { api } = useSession();
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [followUp, counts] = await Promise.all([
        api.followUp(centre.id, year, signal),
        api.respondentCounts(centre.id, year, signal),
      ]);
      return { status: followUp.status, counts };
    },
    [api, centre.id, year],
  );
  const { state, retry } = useApiQuery(load, t.errors.network);
  const headingId = `tasks-${centre.id}`;

  return (
    <section className="task-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{centre.name}</h3>
      <QueryStatus state={state} retry={retry}>
        {({ status, counts }) => (
          <ul className="task-list">
            <li>
              <Link to={`/familjecentraler/${centre.id}/uppfoljning/${year}`}>{t.home.followUpTask(year)}</Link> –{" "}
              {t.followUp.status[status]}
            </li>
            <li>
              <Link to={`/familjecentraler/${centre.id}/insamling`}>{t.home.collectionTask}</Link>
            </li>
            <li>{t.home.answersSoFar(counts.besok_vuxen, counts.besok_barn, counts.spindel)}</li>
            <li>
              <Link to={`/resultat?omrade=${encodeURIComponent(`centre:${centre.id}`)}`}>{t.home.resultsTask}</Link>
            </li>
            <li>
              <Link to={`/rapport?omrade=${encodeURIComponent(`centre:${centre.id}`)}&ar=${year}`}>
                {t.home.reportTask(year)}
              </Link>
            </li>
          </ul>
        )}
      </QueryStatus>
    </section>
  );
}
