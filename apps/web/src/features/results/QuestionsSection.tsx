import type { ResultsOverview } from "@fcs/contracts";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { ChartFrame, seriesStyle } from "../../components/ChartFrame.tsx";
import { inSeriesOrder } from "../../components/chart-legend.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { useMessages } from "../../i18n/index.ts";
import { chartValue, countText, formatDecimal, formatPercent, isShown } from "./format.ts";

type Question = ResultsOverview["questions"][number];

/** The width of a hidden figure's stub, in percent of the axis. */
const hiddenStub = 2;

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
  const data = questions.map((q) => ({
    question: q.title.length > 48 ? `${q.title.slice(0, 46)}…` : q.title,
    ...Object.fromEntries(overview.scopes.map((_, i) => [`s${i}`, chartValue(q.figures[i], "positiveShare")])),
    // A hidden figure is a short grey stub that says so, not an empty place that reads as zero.
    ...Object.fromEntries(overview.scopes.map((_, i) => [`h${i}`, q.figures[i]?.suppressed ? hiddenStub : undefined])),
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
      chart={
        <ResponsiveContainer width="100%" height={Math.max(240, questions.length * 26 * overview.scopes.length)}>
          <BarChart data={data} layout="vertical" margin={{ left: 16, right: 24 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} unit=" %" tick={{ fill: "#1f2937" }} />
            <YAxis
              type="category"
              interval={0}
              dataKey="question"
              width={260}
              tick={{ fontSize: 12, fill: "#1f2937" }}
            />
            {overview.scopes.flatMap((scope, i) => [
              <Bar
                key={scope.id}
                stackId={`k${i}`}
                dataKey={`s${i}`}
                name={scope.name}
                fill={seriesStyle(i).color}
                isAnimationActive={false}
              />,
              <Bar
                key={`${scope.id}-hidden`}
                stackId={`k${i}`}
                dataKey={`h${i}`}
                name={`${scope.name}: ${t.suppressed}`}
                fill="#d1d5db"
                legendType="none"
                isAnimationActive={false}
                label={{
                  position: "right",
                  className: "chart-hidden-label",
                  fontSize: 11,
                  fill: "#374151",
                  formatter: (value: unknown) => (value === undefined || value === null ? "" : t.suppressed),
                }}
              />,
            ])}
            <Legend itemSorter={inSeriesOrder} />
          </BarChart>
        </ResponsiveContainer>
      }
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
        ]}
      />
    </details>
  );
}
