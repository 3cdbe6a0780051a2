import type { ResultsOverview } from "@fcs/contracts";
import { DataTable } from "../../components/DataTable.tsx";
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
        <DataTable
          caption={`${t.visitorSplitTitle}: ${overview.scopes[0]?.name}`}
          columns={[t.question, ...split.groups.map((g) => g.label)]}
          rows={[
            {
              key: "*",
              header: t.respondentsTitle,
              cells: split.groups.map((g) => countText(g.respondents[0], t.suppressed)),
            },
            ...statements.map((q) => ({
              key: q.key,
              header: q.title,
              cells: split.groups.map((g) => {
                const f = g.figures[q.key]?.[0];
                return isShown(f) && f.positiveShare !== undefined ? formatPercent(f.positiveShare) : t.suppressed;
              }),
            })),
          ]}
        />
      </div>
    </section>
  );
}
