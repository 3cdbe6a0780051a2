import { axisOf, seriesStyleOf } from "@fcs/contracts/chart-style";
import { suppressedMarker } from "../../results/suppression.ts";
import type { ReportChart } from "../model.ts";
import { chartValueText, hiddenFigureNote } from "./chart-text.ts";

/**
 * A report chart drawn as SVG, for the Word document (rasterised to PNG) and anything else that
 * needs a picture: every figure labelled with its value, a hidden figure a gap marked "visas inte"
 * where its bar would be, long labels wrapped rather than cut, and bars in reading order.
 */
/** A series' colour and dash: its area's wherever it appears (the same as on the results page). */
const styleOf = (chart: ReportChart, index: number) => {
  const style = seriesStyleOf(chart.series[index], index);
  return { colour: style.color, dash: style.dash ?? "" };
};
const ink = "#1f2937";
const muted = "#4b5563";
const grid = "#d1d5db";
const width = 800;
const font = `font-family="DejaVu Sans, Arial, sans-serif"`;

export interface ChartPicture {
  svg: string;
  width: number;
  height: number;
}

/** An axis tick: whole numbers, with the percent sign on a percent scale. */
const tickText = (tick: number, unit: ReportChart["unit"]) => (unit === "percent" ? `${tick} %` : String(tick));

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A label broken into lines of at most `max` characters at spaces (a word longer than that stands alone). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

function text(
  x: number,
  y: number,
  content: string,
  options: { size?: number; anchor?: string; fill?: string; italic?: boolean } = {},
) {
  const style = options.italic ? ` font-style="italic"` : "";
  return `<text x="${x}" y="${y}" font-size="${options.size ?? 12}" text-anchor="${options.anchor ?? "start"}" fill="${options.fill ?? ink}"${style} ${font}>${escapeXml(content)}</text>`;
}

/** Lines of text stacked around a middle. */
function lines(x: number, middle: number, content: string[], options: { size?: number; anchor?: string } = {}) {
  const size = options.size ?? 12;
  const first = middle - ((content.length - 1) * (size + 2)) / 2 + size / 3;
  return content.map((l, i) => text(x, first + i * (size + 2), l, options)).join("");
}

/** The scale of a chart's values, with the same ticks as the results page. */
const scaleOf = (chart: ReportChart) =>
  axisOf(
    chart.unit,
    chart.kind,
    chart.series.flatMap((s) => s.values),
  );

function legend(chart: ReportChart, y: number): { svg: string; height: number } {
  if (chart.series.length < 2) return { svg: "", height: 0 };
  let x = 20;
  let row = 0;
  const parts: string[] = [];
  for (const [i, s] of chart.series.entries()) {
    const w = 30 + Math.min(s.name.length, 40) * 7;
    if (x + w > width - 20) {
      x = 20;
      row += 1;
    }
    const top = y + row * 20;
    const { colour, dash } = styleOf(chart, i);
    parts.push(
      chart.kind === "bar"
        ? `<rect x="${x}" y="${top}" width="14" height="14" fill="${colour}"/>`
        : `<line x1="${x}" y1="${top + 7}" x2="${x + 14}" y2="${top + 7}" stroke="${colour}" stroke-width="3" stroke-dasharray="${dash}"/>`,
      text(x + 20, top + 12, s.name.length > 40 ? `${s.name.slice(0, 39)}…` : s.name),
    );
    x += w;
  }
  return { svg: parts.join(""), height: (row + 1) * 20 + 6 };
}

/** The note under a chart with a hidden figure. */
function note(chart: ReportChart, y: number): { svg: string; height: number } {
  const hidden = chart.series.some((s) => s.values.some((v) => v === null));
  return hidden
    ? { svg: text(20, y + 12, hiddenFigureNote, { size: 11, fill: muted, italic: true }), height: 22 }
    : { svg: "", height: 0 };
}

function bar(chart: ReportChart): ChartPicture {
  const { max, ticks } = scaleOf(chart);
  const left = 290;
  const right = 70;
  const plot = width - left - right;
  const barHeight = 16;
  const labelLines = chart.categories.map((c) => wrap(c, 38));
  const groupHeight = (i: number) =>
    Math.max(chart.series.length * (barHeight + 3) + 10, (labelLines[i]?.length ?? 1) * 14 + 10);
  const parts: string[] = [];
  const key = legend(chart, 10);
  parts.push(key.svg);
  let y = 10 + key.height;
  const top = y;
  for (const [c, label] of labelLines.entries()) {
    const height = groupHeight(c);
    parts.push(lines(left - 10, y + height / 2, label, { anchor: "end" }));
    const first = y + (height - chart.series.length * (barHeight + 3)) / 2;
    for (const [s, series] of chart.series.entries()) {
      const value = series.values[c] ?? null;
      const barTop = first + s * (barHeight + 3);
      if (value === null) {
        parts.push(text(left + 6, barTop + barHeight - 4, suppressedMarker, { size: 11, fill: muted, italic: true }));
        continue;
      }
      const length = Math.max(1, (value / max) * plot);
      parts.push(
        `<rect x="${left}" y="${barTop}" width="${length}" height="${barHeight}" fill="${styleOf(chart, s).colour}"/>`,
        text(left + length + 5, barTop + barHeight - 4, chartValueText(value, chart.unit), { size: 11 }),
      );
    }
    y += height;
  }
  for (const tick of ticks) {
    const x = left + (tick / max) * plot;
    parts.push(
      `<line x1="${x}" y1="${top}" x2="${x}" y2="${y}" stroke="${grid}"/>`,
      text(x, y + 16, tickText(tick, chart.unit), { size: 11, anchor: "middle", fill: muted }),
    );
  }
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${y}" stroke="${ink}"/>`);
  const below = note(chart, y + 24);
  parts.push(below.svg);
  return picture(parts, y + 26 + below.height);
}

function line(chart: ReportChart): ChartPicture {
  const { min, max, ticks } = scaleOf(chart);
  const left = 60;
  const right = 40;
  const key = legend(chart, 10);
  const top = 20 + key.height;
  const plotW = width - left - right;
  const plotH = 260;
  const x = (i: number) =>
    left + (chart.categories.length <= 1 ? plotW / 2 : (i / (chart.categories.length - 1)) * plotW);
  const y = (v: number) => top + plotH - ((v - min) / (max - min)) * plotH;
  const parts = [key.svg];
  for (const tick of ticks)
    parts.push(
      `<line x1="${left}" y1="${y(tick)}" x2="${left + plotW}" y2="${y(tick)}" stroke="${grid}"/>`,
      text(left - 8, y(tick) + 4, tickText(tick, chart.unit), { size: 11, anchor: "end", fill: muted }),
    );
  for (const [i, category] of chart.categories.entries())
    parts.push(text(x(i), top + plotH + 18, category, { anchor: "middle" }));
  for (const [s, series] of chart.series.entries()) {
    const { colour, dash } = styleOf(chart, s);
    // A hidden year breaks the line: nothing is drawn across what is not known.
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1)
        parts.push(
          `<polyline points="${run.join(" ")}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-dasharray="${dash}"/>`,
        );
      run = [];
    };
    for (const [i, value] of series.values.entries()) {
      if (value === null) {
        flush();
        continue;
      }
      run.push(`${x(i)},${y(value)}`);
      parts.push(`<circle cx="${x(i)}" cy="${y(value)}" r="4" fill="${colour}"/>`);
      // The scope's own line carries its values; the larger areas' lines are for comparison (the table has them).
      if (s === 0)
        parts.push(text(x(i), y(value) - 9, chartValueText(value, chart.unit), { size: 11, anchor: "middle" }));
    }
    flush();
  }
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="${ink}"/>`);
  const below = note(chart, top + plotH + 28);
  parts.push(below.svg);
  return picture(parts, top + plotH + 34 + below.height);
}

/** The spider: the scale 1–10 from the centre out; a hidden or missing factor leaves a gap in the outline. */
function radar(chart: ReportChart): ChartPicture {
  const key = legend(chart, 10);
  const cx = width / 2;
  const r = 170;
  const cy = 20 + key.height + r + 50;
  const n = chart.categories.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (i: number, v: number) => {
    const d = (r * (v - 1)) / 9;
    return [cx + Math.cos(angle(i)) * d, cy + Math.sin(angle(i)) * d] as const;
  };
  const parts = [key.svg];
  for (const ring of [1, 4, 7, 10]) {
    parts.push(
      `<polygon points="${chart.categories.map((_, i) => at(i, ring).join(",")).join(" ")}" fill="none" stroke="${grid}"/>`,
    );
    if (ring > 1) parts.push(text(cx + 4, at(0, ring)[1] + 12, String(ring), { size: 10, fill: muted }));
  }
  for (const [i, category] of chart.categories.entries()) {
    const [ex, ey] = at(i, 10);
    parts.push(`<line x1="${cx}" y1="${cy}" x2="${ex}" y2="${ey}" stroke="${grid}"/>`);
    const [lx, ly] = at(i, 11.6);
    const cos = Math.cos(angle(i));
    const anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
    parts.push(lines(lx, ly, wrap(category, 24), { size: 11, anchor }));
  }
  for (const [s, series] of chart.series.entries()) {
    const { colour, dash } = styleOf(chart, s);
    // The outline joins neighbours that are both known (around the circle); a dot marks every known value.
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      const a = series.values[i] ?? null;
      const b = series.values[j] ?? null;
      if (a === null || b === null) continue;
      const [x1, y1] = at(i, a);
      const [x2, y2] = at(j, b);
      parts.push(
        `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${colour}" stroke-width="2.5" stroke-dasharray="${dash}"/>`,
      );
    }
    for (const [i, value] of series.values.entries()) {
      if (value === null) continue;
      const [px, py] = at(i, value);
      parts.push(`<circle cx="${px}" cy="${py}" r="4" fill="${colour}"/>`);
      if (chart.series.length === 1) parts.push(text(px + 6, py - 6, chartValueText(value, chart.unit), { size: 11 }));
    }
  }
  const below = note(chart, cy + r + 50);
  parts.push(below.svg);
  return picture(parts, cy + r + 56 + below.height);
}

function picture(parts: string[], height: number): ChartPicture {
  const h = Math.ceil(height);
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>`,
    width,
    height: h,
  };
}

export function chartToSvg(chart: ReportChart): ChartPicture {
  return chart.kind === "bar" ? bar(chart) : chart.kind === "line" ? line(chart) : radar(chart);
}
