import type { ResultsOverview } from "@fcs/api/contracts";
import { useMessages } from "../../i18n/index.ts";
import { countText, formatPercent, isShown } from "./format.ts";

/** Adult visitors' statements by who answered (parent, expecting, other adult), above centre level only. */
export function VisitorSplitSection({ overview }: { overview: ResultsOverview }) {
  const t = useMessages().results;
  const split = overview.split;
  if (!split || overview.scopes[0]?.level === "centre") return null;
  const statements = overview.questions.filter((q) => split.groups[0]?.figures[q.key]);
  return (
    <section aria-labelledby="visitor-split-title" className="results-section">
      <h2 id="visitor-split-title">{t.visitorSplitTitle}</h2>
      <p>{t.visitorSplitIntro}</p>
      <div className="table-scroll">
        <table>
          <caption>{`${t.visitorSplitTitle}: ${overview.scopes[0]?.name}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t.question}</th>
              {split.groups.map((g) => (
                <th scope="col" key={g.value}>
                  {g.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t.respondentsTitle}</th>
              {split.groups.map((g) => (
                <td key={g.value}>{countText(g.respondents[0], t.suppressed)}</td>
              ))}
            </tr>
            {statements.map((q) => (
              <tr key={q.key}>
                <th scope="row">{q.title}</th>
                {split.groups.map((g) => {
                  const f = g.figures[q.key]?.[0];
                  return (
                    <td key={g.value}>
                      {isShown(f) && f.positiveShare !== undefined ? formatPercent(f.positiveShare) : t.suppressed}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
