import PptxGenJS from "pptxgenjs";
import { cellText } from "../format.ts";
import type { ReportChart, ReportModel, ReportTable } from "../model.ts";

const colours = ["1D4ED8", "B45309", "047857", "7E22CE", "BE123C"];
const chartType = { bar: "bar", line: "line", radar: "radar" } as const;

/** A chart's data as PowerPoint wants it; a hidden figure stays a gap, never a zero. */
function chartData(chart: ReportChart) {
  return chart.series.map((s) => ({
    name: s.name,
    labels: chart.categories,
    // pptxgenjs writes a missing value as an empty point, which PowerPoint shows as a gap.
    values: s.values as number[],
  }));
}

function addChart(pptx: PptxGenJS, chart: ReportChart, heading: string) {
  const slide = pptx.addSlide();
  slide.addText(heading, { x: 0.5, y: 0.3, w: 12.3, h: 0.5, fontSize: 14, color: "4A4A4A" });
  slide.addText(chart.title, { x: 0.5, y: 0.7, w: 12.3, h: 0.7, fontSize: 24, bold: true, color: "003A66" });
  slide.addChart(chartType[chart.kind], chartData(chart), {
    x: 0.5,
    y: 1.5,
    w: 12.3,
    h: 5.6,
    chartColors: colours.slice(0, Math.max(1, chart.series.length)),
    barDir: "bar",
    barGrouping: "clustered",
    showLegend: chart.series.length > 1,
    legendPos: "b",
    catAxisLabelFontSize: 11,
    valAxisMinVal: chart.unit === "mean" ? 0 : 0,
    valAxisMaxVal: chart.unit === "percent" ? 100 : chart.unit === "mean" ? 10 : undefined,
    valAxisLabelFormatCode: chart.unit === "percent" ? '0" %"' : chart.unit === "mean" ? "0.0" : "# ##0",
    lineDataSymbol: "circle",
    radarStyle: "standard",
  });
}

function addTable(pptx: PptxGenJS, table: ReportTable, heading: string) {
  const slide = pptx.addSlide();
  slide.addText(heading, { x: 0.5, y: 0.3, w: 12.3, h: 0.5, fontSize: 14, color: "4A4A4A" });
  slide.addText(table.title, { x: 0.5, y: 0.7, w: 12.3, h: 0.7, fontSize: 22, bold: true, color: "003A66" });
  const header = table.columns.map((c) => ({ text: c.title, options: { bold: true, fill: { color: "F3F5F8" } } }));
  const rows = table.rows
    .slice(0, 14)
    .map((r) => table.columns.map((c, i) => ({ text: cellText(r[i] ?? null, c.format) })));
  slide.addTable([header, ...rows], {
    x: 0.5,
    y: 1.5,
    w: 12.3,
    fontSize: 11,
    border: { type: "solid", pt: 0.5, color: "8A8F98" },
  });
}

/** One slide per key result, with native charts the steering group's presenter can edit. */
export async function reportToPptx(model: ReportModel): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = model.title;
  pptx.company = "Familjecentralsuppföljningen";
  const title = pptx.addSlide();
  title.addText(model.title, { x: 0.7, y: 2.4, w: 12, h: 1.4, fontSize: 36, bold: true, color: "003A66" });
  title.addText(model.status === "final" ? "Slutlig rapport" : "Utkast", {
    x: 0.7,
    y: 3.9,
    w: 12,
    h: 0.6,
    fontSize: 18,
  });
  for (const chapter of model.chapters) {
    const text = chapter.narrative || chapter.draft;
    const intro = pptx.addSlide();
    intro.addText(chapter.title, { x: 0.5, y: 0.5, w: 12.3, h: 0.9, fontSize: 30, bold: true, color: "003A66" });
    intro.addText(text, { x: 0.5, y: 1.6, w: 12.3, h: 5.2, fontSize: 18, valign: "top" });
    for (const chart of chapter.charts) addChart(pptx, chart, chapter.title);
    if (chapter.charts.length === 0) for (const table of chapter.tables) addTable(pptx, table, chapter.title);
  }
  return (await pptx.write({ outputType: "nodebuffer" })) as Buffer;
}
