import type { Centre } from "@fcs/contracts";
import { Link } from "react-router";
import { useProgress } from "../../api/hooks/year.ts";
import { useMessages } from "../../i18n/index.ts";

interface NextToReviewProps {
  centre: Centre;
  year: number;
}

/**
 * Where the county coordinator goes after a decision: the next follow-up of the region waiting
 * for review, after this centre in the progress table's order (and round to the start).
 */
export function NextToReview({ centre, year }: NextToReviewProps) {
  const t = useMessages().followUp;
  const progress = useProgress(centre.region.code, year);
  if (!progress.data) return null;
  const centres = progress.data.centres;
  // After this centre, then round to the start; this centre itself is never next.
  const here = centres.findIndex((c) => c.id === centre.id);
  const inOrder = [...centres.slice(here + 1), ...centres.slice(0, Math.max(here, 0))];
  const waiting = inOrder.filter((c) => c.followUp === "submitted");
  const next = waiting[0];
  return (
    <section aria-labelledby="next-review" className="next-review">
      <h2 id="next-review">{t.nextTitle}</h2>
      {next ? (
        <>
          <p>
            <Link to={`/familjecentraler/${next.id}/uppfoljning/${year}`}>
              {t.nextToReview(next.name, next.municipality.name)}
            </Link>
          </p>
          <p>{t.waitingCount(waiting.length)}</p>
        </>
      ) : (
        <p>{t.noneWaiting(centre.region.name, year)}</p>
      )}
    </section>
  );
}
