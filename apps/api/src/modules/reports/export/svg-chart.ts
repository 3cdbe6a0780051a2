import type { ReportChart } from "../model.ts";

/**
 * Charts as SVG for the Word document: vector images that print sharply and
 * need no browser or native library on the server. Word 2016 and later and
 * LibreOffice show them; older Word shows the blank fallback image.
 */
const colours = ["#1d4ed8", "#b45309", "#047857", "#7e22ce", "#be123c"];
const dashes = ["", "6 3", "2 3", "10 4 2 4", "1 2"];
const width = 640;
const font = `font-family="Arial, Helvetica, sans-serif"`;

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
const maxOf = (chart: ReportChart) =>
  chart.unit === "percent"
    ? 100
    : chart.unit === "mean"
      ? 10
      : Math.max(1, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0))) * 1.1;

function legend(chart: ReportChart, y: number): string {
  return chart.series
    .map((s, i) => {
      const x = 20 + i * 150;
      return `<rect x="${x}" y="${y}" width="12" height="12" fill="${colours[i % 5]}"/><text x="${x + 18}" y="${y + 11}" font-size="11" ${font}>${escapeXml(clip(s.name, 20))}</text>`;
    })
    .join("");
}

function bar(chart: ReportChart): { svg: string; height: number } {
  const group = chart.series.length * 12 + 8;
  const top = 10;
  const left = 230;
  const plot = width - left - 20;
  const height = top + chart.categories.length * group + 50;
  const max = maxOf(chart);
  const bars = chart.categories
    .map((category, c) => {
      const y = top + c * group;
      const label = `<text x="${left - 6}" y="${y + group / 2 + 4}" font-size="11" text-anchor="end" ${font}>${escapeXml(clip(category, 40))}</text>`;
      const rects = chart.series
        .map((s, i) => {
          const v = s.values[c];
          if (v === null || v === undefined) return "";
          return `<rect x="${left}" y="${y + 4 + i * 12}" width="${(v / max) * plot}" height="10" fill="${colours[i % 5]}"/>`;
        })
        .join("");
      return label + rects;
    })
    .join("");
  const axisY = top + chart.categories.length * group;
  const axis = `<line x1="${left}" y1="${top}" x2="${left}" y2="${axisY}" stroke="#1f2937"/><line x1="${left}" y1="${axisY}" x2="${left + plot}" y2="${axisY}" stroke="#1f2937"/><text x="${left + plot}" y="${axisY + 14}" font-size="10" text-anchor="end" ${font}>${chart.unit === "percent" ? "100 %" : Math.round(max)}</text>`;
  return { svg: bars + axis + legend(chart, axisY + 24), height };
}

function line(chart: ReportChart): { svg: string; height: number } {
  const height = 300;
  const left = 50;
  const top = 10;
  const plotW = width - left - 20;
  const plotH = 220;
  const max = maxOf(chart);
  const x = (i: number) =>
    left + (chart.categories.length <= 1 ? plotW / 2 : (i / (chart.categories.length - 1)) * plotW);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const labels = chart.categories
    .map(
      (c, i) =>
        `<text x="${x(i)}" y="${top + plotH + 16}" font-size="11" text-anchor="middle" ${font}>${escapeXml(c)}</text>`,
    )
    .join("");
  const lines = chart.series
    .map((s, i) => {
      const points = s.values
        .map((v, j) => (v === null ? null : `${x(j)},${y(v)}`))
        .filter((p): p is string => p !== null);
      const dots = points
        .map((p) => `<circle cx="${p.split(",")[0]}" cy="${p.split(",")[1]}" r="3" fill="${colours[i % 5]}"/>`)
        .join("");
      return `<polyline points="${points.join(" ")}" fill="none" stroke="${colours[i % 5]}" stroke-width="2" stroke-dasharray="${dashes[i % 5]}"/>${dots}`;
    })
    .join("");
  const axis = `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#1f2937"/><line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#1f2937"/><text x="${left - 6}" y="${top + 10}" font-size="10" text-anchor="end" ${font}>${chart.unit === "percent" ? "100 %" : Math.round(max)}</text>`;
  return { svg: axis + labels + lines + legend(chart, top + plotH + 34), height };
}

function radar(chart: ReportChart): { svg: string; height: number } {
  const height = 480;
  const cx = width / 2;
  const cy = 220;
  const r = 150;
  const n = chart.categories.length;
  const at = (i: number, v: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + Math.cos(angle) * r * (v / 10), cy + Math.sin(angle) * r * (v / 10)] as const;
  };
  const rings = [2.5, 5, 7.5, 10]
    .map(
      (v) =>
        `<polygon points="${chart.categories.map((_, i) => at(i, v).join(",")).join(" ")}" fill="none" stroke="#c7cad1"/>`,
    )
    .join("");
  const labels = chart.categories
    .map((c, i) => {
      const [lx, ly] = at(i, 11.8);
      return `<text x="${lx}" y="${ly}" font-size="10" text-anchor="middle" ${font}>${escapeXml(clip(c, 28))}</text>`;
    })
    .join("");
  const shapes = chart.series
    .map((s, k) => {
      const points = s.values.map((v, i) => at(i, v ?? 0).join(",")).join(" ");
      return `<polygon points="${points}" fill="none" stroke="${colours[k % 5]}" stroke-width="2" stroke-dasharray="${dashes[k % 5]}"/>`;
    })
    .join("");
  return { svg: rings + labels + shapes + legend(chart, 440), height };
}

export function chartToSvg(chart: ReportChart): { svg: string; width: number; height: number } {
  const drawn = chart.kind === "bar" ? bar(chart) : chart.kind === "line" ? line(chart) : radar(chart);
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${drawn.height}" viewBox="0 0 ${width} ${drawn.height}"><rect width="100%" height="100%" fill="#ffffff"/>${drawn.svg}</svg>`,
    width,
    height: drawn.height,
  };
}
