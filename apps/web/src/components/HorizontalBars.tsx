import { axisOf, type SeriesStyle } from "@fcs/contracts/chart-style";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { inSeriesOrder } from "./chart-legend.ts";

/** The length of a stub that stands for a missing figure, as a share of the axis. */
const stubShare = 0.02;
/** About how many characters of a category's name go on one line beside the bars. */
const lineLength = 38;

export interface BarSeries {
  name: string;
  style: SeriesStyle;
  /** Per category: the figure, or undefined where there is none. */
  values: (number | undefined)[];
  /** Per category: why there is no figure ("visas inte", "inget svar"), or undefined where there is one. */
  missing: (string | undefined)[];
}

/**
 * Horizontal bars (percentages, counts or means), one group per category and one bar per series. A missing figure
 * is a short grey stub labelled with its reason, never an empty place that reads as zero; every
 * category is labelled, its name wrapped over lines rather than cut.
 */
export function HorizontalBars({
  categories,
  series,
  unit = "percent",
}: {
  categories: string[];
  series: BarSeries[];
  unit?: "percent" | "count" | "mean";
}) {
  const { max: top, ticks } = axisOf(
    unit,
    "bar",
    series.flatMap((s) => s.values),
  );
  const stubLength = top * stubShare;
  const data = categories.map((category, c) => ({
    category,
    ...Object.fromEntries(series.map((s, i) => [`s${i}`, s.values[c]])),
    ...Object.fromEntries(series.map((s, i) => [`h${i}`, s.missing[c] === undefined ? undefined : stubLength])),
    ...Object.fromEntries(series.map((s, i) => [`why${i}`, s.missing[c]])),
  }));
  const lines = Math.max(1, ...categories.map((c) => wrap(c).length));
  const rowHeight = Math.max(26 * series.length, 16 * lines + 8);
  return (
    <ResponsiveContainer width="100%" height={Math.max(240, categories.length * rowHeight + 60)}>
      <BarChart data={data} layout="vertical" margin={{ left: 16, right: 96 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, top]}
          ticks={ticks}
          unit={unit === "percent" ? " %" : ""}
          tick={{ fill: "#1f2937" }}
        />
        <YAxis type="category" interval={0} dataKey="category" width={280} tick={WrappedTick} />
        {series.flatMap((s, i) => [
          <Bar
            key={`${s.name}-figure`}
            stackId={`k${i}`}
            dataKey={`s${i}`}
            name={s.name}
            fill={s.style.color}
            isAnimationActive={false}
          />,
          <Bar
            key={`${s.name}-missing`}
            stackId={`k${i}`}
            dataKey={`h${i}`}
            name={s.name}
            fill="#d1d5db"
            legendType="none"
            isAnimationActive={false}
          >
            <LabelList
              dataKey={`why${i}`}
              position="right"
              className="chart-hidden-label"
              fontSize={11}
              fill="#374151"
            />
          </Bar>,
        ])}
        <Legend itemSorter={inSeriesOrder} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** A category's name over as many lines as it needs, right-aligned beside its bars. */
function WrappedTick(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const lines = wrap(String(props.payload?.value ?? ""));
  const first = -((lines.length - 1) * 15) / 2;
  const x = Number(props.x ?? 0) - 4;
  return (
    <text x={x} y={Number(props.y ?? 0)} textAnchor="end" fontSize={12} fill="#1f2937">
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? first : 15} dominantBaseline="central">
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Words to lines of about `lineLength` characters. */
export function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > lineLength) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}
