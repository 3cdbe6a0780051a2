import type { FollowUp } from "@fcs/contracts";
import { useMessages } from "../../i18n/index.ts";

const when = new Intl.DateTimeFormat("sv-SE", { dateStyle: "medium", timeStyle: "short" });

/** Who took each step of the follow-up, and when. */
export function FollowUpHistory({ history }: { history: FollowUp["history"] }) {
  const t = useMessages().followUp;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t.historyTitle}</h2>
      {history.length === 0 ? (
        <p>{t.noHistory}</p>
      ) : (
        <ol className="history">
          {history.map((entry) => (
            <li key={`${entry.at}-${entry.step}`}>
              <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>: {entry.by} {t.steps[entry.step]}
              {entry.comment && <q className="history-comment">{entry.comment}</q>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
