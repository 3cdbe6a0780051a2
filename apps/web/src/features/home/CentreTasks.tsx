import type { Centre } from "@fcs/contracts";
import { Link } from "react-router";
import { useRespondentCounts } from "../../api/hooks/collection.ts";
import { useFollowUp } from "../../api/hooks/followUps.ts";
import { allOf } from "../../api/query-client.ts";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";

/** The local coordinator's year for one centre: the follow-up, the tablets and links, the answers so far. */
export function CentreTasks({ centre, year }: { centre: Centre; year: number }) {
  const t = useMessages();
  const tasks = allOf(useFollowUp(centre.id, year), useRespondentCounts(centre.id, year));
  const headingId = `tasks-${centre.id}`;

  return (
    <section className="task-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{centre.name}</h3>
      <QueryStatus query={tasks}>
        {([{ status }, counts]) => (
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
