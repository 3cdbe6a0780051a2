import type { ResultsOverview } from "@fcs/contracts";
import { DataTable } from "../../components/DataTable.tsx";
import { useMessages } from "../../i18n/index.ts";
import { countText, formatDecimal, formatPercent, isShown } from "./format.ts";

type Split = NonNullable<ResultsOverview["split"]>;

interface Props {
  overview: ResultsOverview;
  split: Split | undefined;
  /** The section's heading id: "visitor-split", "channel-split", "language-split". */
  id: string;
  title: string;
  intro: string;
}

/**
 * The scope's respondents and ratings per group of one split (who answered,
 * the channel, the language): above centre level only, each group shown only
 * when large enough. A statement reads as its share of positive answers, a
 * spider factor as its mean.
 */
export function SplitSection({ overview, split, id, title, intro }: Props) {
  const t = useMessages().results;
  if (!split || overview.scopes[0]?.level === "centre") return null;
  const rated = overview.questions.filter((q) => split.groups[0]?.figures[q.key]);
  const ratingText = (group: Split["groups"][number], key: string) => {
    const figure = group.figures[key]?.[0];
    if (!isShown(figure)) return t.suppressed;
    if (figure.positiveShare !== undefined) return formatPercent(figure.positiveShare);
    return figure.mean !== undefined ? formatDecimal(figure.mean) : t.suppressed;
  };
  return (
    <section aria-labelledby={`${id}-title`} className="results-section">
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{intro}</p>
      {/* A wide table (ten languages) scrolls sideways; as a named, focusable region also by keyboard. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" tabIndex={0} aria-label={title}>
        <DataTable
          caption={`${title}: ${overview.scopes[0]?.name}`}
          columns={[t.question, ...split.groups.map((g) => g.label)]}
          rows={[
            {
              key: "*",
              header: t.respondentsTitle,
              cells: split.groups.map((g) => countText(g.respondents[0], t.suppressed)),
            },
            ...rated.map((q) => ({
              key: q.key,
              header: q.title,
              cells: split.groups.map((g) => ratingText(g, q.key)),
            })),
          ]}
        />
      </section>
    </section>
  );
}
