import type { ResultsOverview } from "@fcs/contracts";
import { DataTable } from "../../components/DataTable.tsx";
import { useMessages } from "../../i18n/index.ts";
import { chartValue, countText } from "./format.ts";
import { SpiderChart, strongestAndWeakest } from "./SpiderSection.tsx";

/** The scope's spider per profession: only groups large enough, never below municipality level. */
export function ProfessionSection({ overview }: { overview: ResultsOverview }) {
  const t = useMessages().results;
  const split = overview.split;
  if (!split || overview.scopes[0]?.level === "centre") return null;
  const axes = overview.questions.filter((q) => q.axis).map((q) => ({ key: q.key, title: q.title }));
  const series = split.groups
    .filter((g) => g.respondents[0] && !g.respondents[0].suppressed)
    .map((g) => ({
      name: g.label,
      values: Object.fromEntries(axes.map((a) => [a.key, chartValue(g.figures[a.key]?.[0], "mean")])),
    }));
  const ends = strongestAndWeakest(axes, series[0]);
  return (
    <section aria-labelledby="professions-title" className="results-section">
      <h2 id="professions-title">{t.professionsTitle}</h2>
      <p>{t.professionsIntro}</p>
      <DataTable
        caption={`${t.respondentsTitle}: ${overview.scopes[0]?.name}`}
        columns={[t.profession, t.respondentsTitle]}
        rows={split.groups.map((g) => ({
          key: g.value,
          header: g.label,
          cells: [countText(g.respondents[0], t.suppressed)],
        }))}
      />
      {series.length > 0 && (
        <SpiderChart
          title={`${t.professionsTitle}: ${overview.scopes[0]?.name}`}
          axes={axes}
          series={series}
          summary={ends ? t.spiderSummary(series[0]?.name ?? "", ends.strongest, ends.weakest) : t.suppressed}
        />
      )}
    </section>
  );
}
