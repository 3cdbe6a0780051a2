import { Link } from "react-router";
import { useProgress } from "../../api/hooks/year.ts";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";

/** The county coordinator's to-do for one region: what waits for review, what was returned, what is missing. */
export function RegionTasks({ code, name, year }: { code: string; name: string; year: number }) {
  const t = useMessages().home;
  const progress = useProgress(code, year);
  const headingId = `region-tasks-${code}`;
  return (
    <section className="task-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <QueryStatus query={progress}>
        {({ centres, threshold }) => {
          const waiting = centres.filter((c) => c.followUp === "submitted").length;
          const returned = centres.filter((c) => c.followUp === "returned").length;
          const few = centres.filter((c) => [c.besokVuxen, c.besokBarn, c.spindel].some((n) => n < threshold)).length;
          return (
            <ul className="task-list">
              <li>
                <strong className="task-count">{waiting}</strong> {t.waitingForReview(waiting)}{" "}
                {waiting > 0 && <Link to={`/arets-uppfoljning?lan=${code}&ar=${year}`}>{t.review}</Link>}
              </li>
              <li>
                <strong className="task-count">{returned}</strong> {t.returnedToCentres(returned)}
              </li>
              <li>
                <strong className="task-count">{few}</strong> {t.fewAnswers(few, threshold)}
              </li>
            </ul>
          );
        }}
      </QueryStatus>
    </section>
  );
}
