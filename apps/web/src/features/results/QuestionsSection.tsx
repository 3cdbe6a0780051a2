import type { ResultsOverview } from "@fcs/contracts";
import { seriesStyleOf } from "@fcs/contracts/chart-style";
import { ChartFrame } from "../../components/ChartFrame.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { type BarSeries, HorizontalBars } from "../../components/HorizontalBars.tsx";
import { useMessages } from "../../i18n/index.ts";
import { chartValue, countText, formatDecimal, formatPercent, formatWhole, isShown } from "./format.ts";

type Question = ResultsOverview["questions"][number];

/** Every rating's mean and positive share beside the larger areas, and every question's distribution. */
export function QuestionsSection({ overview }: { overview: ResultsOverview }) {
  const t = useMessages().results;
  const scales = overview.questions.filter((q) => q.kind === "scale" && !q.axis);
  const others = overview.questions.filter((q) => q.kind !== "scale");
  return (
    <section aria-labelledby="questions-title" className="results-section">
      <h2 id="questions-title">{t.questionsTitle}</h2>
      <p>{t.questionsIntro}</p>
      {scales.length > 0 && <PositiveChart overview={overview} questions={scales} />}
      <h3>{t.distributionTitle}</h3>
      {[...overview.questions.filter((q) => q.kind === "scale"), ...others].map((q) => (
        <Distribution key={q.key} overview={overview} question={q} />
      ))}
    </section>
  );
}

function PositiveChart({ overview, questions }: { overview: ResultsOverview; questions: Question[] }) {
  const t = useMessages().results;
  const series: BarSeries[] = overview.scopes.map((scope, i) => ({
    name: scope.name,
    style: seriesStyleOf({ scope: scope.level }, i),
    values: questions.map((q) => chartValue(q.figures[i], "positiveShare")),
    missing: questions.map((q) => (q.figures[i]?.suppressed ? t.suppressed : undefined)),
  }));
  const own = questions
    .map((q) => ({ title: q.title, value: chartValue(q.figures[0], "positiveShare") }))
    .filter((x): x is { title: string; value: number } => x.value !== undefined)
    .sort((a, b) => b.value - a.value);
  const summary =
    own.length > 0
      ? t.positiveSummary(overview.scopes[0]?.name ?? "", own[0]?.title ?? "", own[own.length - 1]?.title ?? "")
      : t.suppressed;
  return (
    <ChartFrame
      title={t.positiveTitle}
      summary={summary}
      chart={<HorizontalBars categories={questions.map((q) => q.title)} series={series} />}
      table={
        <DataTable
          caption={t.positiveTitle}
          columns={[t.question, ...overview.scopes.map((s) => s.name)]}
          rows={questions.map((q) => ({
            key: q.key,
            header: q.title,
            cells: q.figures.map((f) =>
              isShown(f) && f.positiveShare !== undefined && f.mean !== undefined
                ? `${formatPercent(f.positiveShare)} (${t.mean.toLowerCase()} ${formatDecimal(f.mean)})`
                : t.suppressed,
            ),
          }))}
        />
      }
    />
  );
}

function Distribution({ overview, question }: { overview: ResultsOverview; question: Question }) {
  const t = useMessages().results;
  return (
    <details className="distribution">
      <summary>{question.title}</summary>
      <DataTable
        caption={question.title}
        columns={[t.option, ...overview.scopes.map((s) => s.name)]}
        rows={[
          ...question.options.map((option) => ({
            key: option.value,
            header: option.label,
            cells: question.figures.map((f) => {
              const cell = isShown(f) ? f.distribution.find((d) => d.value === option.value) : undefined;
              return cell ? formatPercent(cell.share) : t.suppressed;
            }),
          })),
          { key: "*", header: t.answers, cells: question.figures.map((f) => countText(f, t.suppressed)) },
          // "Vet ej / Ej aktuellt" is no rating: counted on its own, outside the shares and the mean.
          ...(question.figures.some((f) => isShown(f) && f.dontKnow)
            ? [
                {
                  key: "vet_ej",
                  header: t.dontKnow,
                  cells: question.figures.map((f) => (isShown(f) ? formatWhole(f.dontKnow ?? 0) : t.suppressed)),
                },
              ]
            : []),
        ]}
      />
    </details>
  );
}
