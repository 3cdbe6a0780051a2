import type { ResultsTrend } from "@fcs/contracts";
import { percentTicks, scaleTicks, seriesStyleOf } from "@fcs/contracts/chart-style";
import { useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { ChartFrame } from "../../components/ChartFrame.tsx";
import { inSeriesOrder } from "../../components/chart-legend.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { chartValue, formatDecimal, formatPercent, isShown } from "./format.ts";

/** One rating over the years, for the scope and the larger areas: the spider as mean, visitors as positive share. */
export function TrendSection({ trend }: { trend: ResultsTrend }) {
  const t = useMessages().results;
  const scales = trend.questions.filter((q) => q.kind === "scale");
  const [key, setKey] = useState(() => (scales.find((q) => q.key === "helhet") ?? scales[0])?.key ?? "");
  const question = scales.find((q) => q.key === key) ?? scales[0];
  if (!question || trend.years.length === 0) return null;
  const pick = trend.survey === "spindel" ? "mean" : "positiveShare";
  // A year brought in from the region's earlier tool is marked on the axis, in the table and in a note.
  const imported = new Set(trend.imported);
  const data: Record<string, string | number | undefined>[] = trend.years.map((year, y) => ({
    year: imported.has(year) ? `${year}*` : String(year),
    ...Object.fromEntries(trend.scopes.map((_, i) => [`s${i}`, chartValue(question.figures[y]?.[i], pick)])),
  }));
  // A year the question's wording changed is a break in its line: marked on the chart and in the table.
  const reworded = new Set(question.reworded);
  const yearHeader = (year: number) => {
    const marks = [imported.has(year) ? t.importedMark : "", reworded.has(year) ? t.rewordedMark : ""].filter(Boolean);
    return marks.length > 0 ? `${year} (${marks.join(", ")})` : String(year);
  };
  const own = data.map((d) => d.s0).filter((v): v is number => typeof v === "number");
  const text = (v: number) => (pick === "mean" ? formatDecimal(v) : formatPercent(v / 100));
  const summary =
    own.length >= 2
      ? t.trendSummary(
          question.title,
          trend.scopes[0]?.name ?? "",
          t.trendMeasures[pick],
          text(own[0] as number),
          text(own[own.length - 1] as number),
        )
      : t.suppressed;
  return (
    <section aria-labelledby="trend-title" className="results-section">
      <h2 id="trend-title">{t.trendTitle}</h2>
      <SelectField
        label={t.trendQuestion}
        value={question.key}
        options={scales.map((q) => ({ value: q.key, label: q.title }))}
        onChange={setKey}
      />
      <ChartFrame
        title={question.title}
        summary={summary}
        chart={
          <ResponsiveContainer width="100%" height={320}>
            <LineChart data={data} margin={{ left: 8, right: 24, top: 8 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" tick={{ fill: "#1f2937" }} />
              <YAxis
                domain={pick === "mean" ? [1, 10] : [0, 100]}
                ticks={pick === "mean" ? scaleTicks : percentTicks}
                unit={pick === "mean" ? "" : " %"}
                tick={{ fill: "#1f2937" }}
              />
              {trend.scopes.map((scope, i) => (
                <Line
                  key={scope.id}
                  dataKey={`s${i}`}
                  name={scope.name}
                  stroke={seriesStyleOf({ scope: scope.level }, i).color}
                  strokeDasharray={seriesStyleOf({ scope: scope.level }, i).dash}
                  strokeWidth={2}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
              {[...reworded].map((year) => (
                <ReferenceLine
                  key={year}
                  x={imported.has(year) ? `${year}*` : String(year)}
                  stroke="#6b7280"
                  strokeDasharray="4 4"
                  label={{ value: t.rewordedMark, position: "insideTopRight", fill: "#1f2937", fontSize: 12 }}
                />
              ))}
              <Legend itemSorter={inSeriesOrder} />
            </LineChart>
          </ResponsiveContainer>
        }
        table={
          <DataTable
            caption={question.title}
            columns={[t.year, ...trend.scopes.map((s) => s.name)]}
            rows={data.map((row, y) => ({
              key: String(row.year),
              header: yearHeader(trend.years[y] ?? 0),
              cells: trend.scopes.map((_, i) => {
                const value = row[`s${i}`];
                if (typeof value === "number") return text(value);
                // Shown, but not this measure: an imported year known only by its mean has no share.
                return isShown(question.figures[y]?.[i]) ? t.notKnown : t.suppressed;
              }),
            }))}
          />
        }
      />
      {imported.size > 0 && <p className="results-note">{t.importedNote([...imported].join(", "))}</p>}
      {reworded.size > 0 && <p className="results-note">{t.rewordedNote([...reworded].join(", "))}</p>}
    </section>
  );
}
