import { axisOf, seriesStyleOf } from "@fcs/contracts/chart-style";
import JSZip from "jszip";
import PptxGenJS from "pptxgenjs";
import { cellText, formatOfCell, hiddenFiguresRule } from "../format.ts";
import type { ReportChart, ReportModel, ReportTable } from "../model.ts";
import { hiddenFigureNote } from "./chart-text.ts";

const chartType = { bar: "bar", line: "line", radar: "radar" } as const;
const lang = "sv-SE";
const valueFormat = { percent: '0" %"', mean: "0.0", count: "#,##0" } as const;
const slideNumber = { x: 12.4, y: 7.05, w: 0.6, h: 0.3, fontSize: 10, color: "4A4A4A" };

/** The value axis with the ticks of the results page (0–100 by 20, the 1–10 scale by 3, counts in round steps). */
function valueAxis(chart: ReportChart) {
  const { min, max, ticks } = axisOf(
    chart.unit,
    chart.kind,
    chart.series.flatMap((s) => s.values),
  );
  return { valAxisMinVal: min, valAxisMaxVal: max, valAxisMajorUnit: (ticks[1] ?? max) - (ticks[0] ?? min) };
}

/**
 * A chart's data as PowerPoint wants it; a hidden figure stays a gap, never a zero. PowerPoint
 * draws a horizontal bar chart from the bottom up (the first category, and in a group the first
 * series, lowest): both go in reversed, so the bars read top-down in the report's order, and
 * each series keeps its colour.
 */
function chartData(chart: ReportChart) {
  const reversed = chart.kind === "bar";
  const order = <T>(items: readonly T[]) => (reversed ? [...items].reverse() : [...items]);
  const series = chart.series.map((s, i) => ({
    name: s.name,
    labels: order(chart.categories),
    values: order(s.values) as number[],
    colour: seriesStyleOf(s, i).color.slice(1).toUpperCase(),
  }));
  return order(series);
}

/** The small print under a chart: where the figures come from, and what a gap means. */
function footnote(chart: ReportChart): string {
  const hidden = chart.series.some((s) => s.values.some((v) => v === null));
  return [chart.source, hidden ? hiddenFigureNote : undefined].filter(Boolean).join(" · ");
}

function addChart(pptx: PptxGenJS, chart: ReportChart, heading: string) {
  const slide = pptx.addSlide();
  slide.slideNumber = slideNumber;
  // The slide says what the chart shows ("Andelen nöjda … ökade till 85 %"); the chart's own title goes above it.
  slide.addText(chart.finding ? `${heading} · ${chart.title}` : heading, {
    x: 0.5,
    y: 0.3,
    w: 12.3,
    h: 0.5,
    fontSize: 14,
    color: "4A4A4A",
    lang,
  });
  slide.addText(chart.finding ?? chart.title, {
    x: 0.5,
    y: 0.7,
    w: 12.3,
    h: 0.7,
    fontSize: chart.finding && chart.finding.length > 70 ? 20 : 24,
    bold: true,
    color: "003A66",
    lang,
  });
  const data = chartData(chart);
  slide.addChart(chartType[chart.kind], data, {
    x: 0.5,
    y: 1.5,
    w: 12.3,
    h: 5.1,
    lang,
    chartColors: data.map((s) => s.colour),
    barDir: "bar",
    barGrouping: "clustered",
    showLegend: chart.series.length > 1,
    legendPos: "b",
    catAxisLabelFontSize: chart.categories.length > 16 ? 9 : 11,
    catAxisLabelFrequency: "1",
    ...valueAxis(chart),
    valAxisLabelFormatCode: valueFormat[chart.unit],
    showValue: chart.kind !== "radar" || chart.series.length === 1,
    dataLabelFormatCode: valueFormat[chart.unit],
    dataLabelFontSize: 10,
    dataLabelPosition: chart.kind === "bar" ? "outEnd" : chart.kind === "line" ? "t" : undefined,
    lineDataSymbol: "circle",
    radarStyle: "standard",
    displayBlanksAs: "gap",
  });
  const note = footnote(chart);
  if (note) slide.addText(note, { x: 0.5, y: 6.65, w: 11.8, h: 0.45, fontSize: 11, color: "4A4A4A", lang });
}

function addTable(pptx: PptxGenJS, table: ReportTable, heading: string) {
  const slide = pptx.addSlide();
  slide.slideNumber = slideNumber;
  slide.addText(heading, { x: 0.5, y: 0.3, w: 12.3, h: 0.5, fontSize: 14, color: "4A4A4A", lang });
  slide.addText(table.title, { x: 0.5, y: 0.7, w: 12.3, h: 0.7, fontSize: 22, bold: true, color: "003A66", lang });
  const header = table.columns.map((c, col) => ({
    text: c.title,
    options: {
      bold: true,
      fill: { color: "F3F5F8" },
      align: formatOfCell(table, 0, col) === "text" ? "left" : "right",
      lang,
    },
  }));
  const rows = table.rows.slice(0, 14).map((r, row) =>
    table.columns.map((_, col) => {
      const format = formatOfCell(table, row, col);
      return { text: cellText(r[col] ?? null, format), options: { align: format === "text" ? "left" : "right", lang } };
    }),
  );
  slide.addTable([header, ...rows] as PptxGenJS.TableRow[], {
    x: 0.5,
    y: 1.5,
    w: 12.3,
    fontSize: 11,
    border: { type: "solid", pt: 0.5, color: "8A8F98" },
  });
}

/**
 * Two things pptxgenjs gets wrong, mended in the package: it lists a slide master for every
 * slide (parts it never writes), which makes PowerPoint offer to repair the file, so the
 * content types keep only the parts that are there; and it tags the text it writes itself
 * (slide numbers, the master's placeholders) as US English.
 */
async function finishPackage(file: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const types = await zip.file("[Content_Types].xml")?.async("string");
  if (types)
    zip.file(
      "[Content_Types].xml",
      types.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) =>
        zip.file(part) ? override : "",
      ),
    );
  for (const name of Object.keys(zip.files).filter((n) =>
    /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n),
  )) {
    const xml = await zip.file(name)?.async("string");
    if (xml?.includes('lang="en-US"')) zip.file(name, xml.replaceAll('lang="en-US"', `lang="${lang}"`));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** One slide per key result, with native charts the steering group's presenter can edit. */
export async function reportToPptx(model: ReportModel): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = model.title;
  pptx.company = "Familjecentralsuppföljningen";
  const title = pptx.addSlide();
  title.addText(model.title, { x: 0.7, y: 1.9, w: 12, h: 1.4, fontSize: 36, bold: true, color: "003A66", lang });
  if (model.addressee)
    title.addText(`Till: ${model.addressee}`, { x: 0.7, y: 3.3, w: 12, h: 0.6, fontSize: 22, color: "1F2937", lang });
  title.addText(model.status === "final" ? "Slutlig rapport" : "Utkast", {
    x: 0.7,
    y: 3.9,
    w: 12,
    h: 0.6,
    fontSize: 18,
    lang,
  });
  title.addText(hiddenFiguresRule(model.threshold), {
    x: 0.7,
    y: 4.6,
    w: 12,
    h: 0.5,
    fontSize: 14,
    color: "4A4A4A",
    lang,
  });
  for (const chapter of model.chapters) {
    const text = chapter.narrative || chapter.draft;
    const intro = pptx.addSlide();
    intro.slideNumber = slideNumber;
    intro.addText(chapter.title, { x: 0.5, y: 0.5, w: 12.3, h: 0.9, fontSize: 30, bold: true, color: "003A66", lang });
    intro.addText(text, { x: 0.5, y: 1.6, w: 12.3, h: 5.2, fontSize: 18, valign: "top", lang });
    for (const chart of chapter.charts) addChart(pptx, chart, chapter.title);
    if (chapter.charts.length === 0 && chapter.layout !== "page-per-table")
      for (const table of chapter.tables.filter((t) => t.rows.length > 0)) addTable(pptx, table, chapter.title);
  }
  return finishPackage((await pptx.write({ outputType: "nodebuffer" })) as Buffer);
}
