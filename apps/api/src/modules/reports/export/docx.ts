import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { cellText } from "../format.ts";
import type { ReportChapter, ReportModel, ReportTable } from "../model.ts";
import { blankPng } from "./png.ts";
import { chartToSvg } from "./svg-chart.ts";

function table(t: ReportTable): (Paragraph | Table)[] {
  const cell = (text: string, header: boolean) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 18 })] })] });
  return [
    new Paragraph({ text: t.title, heading: HeadingLevel.HEADING_3 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c.title, true)) }),
        ...t.rows.map(
          (r) => new TableRow({ children: t.columns.map((c, i) => cell(cellText(r[i] ?? null, c.format), false)) }),
        ),
      ],
    }),
    new Paragraph({ text: "" }),
  ];
}

function chapter(c: ReportChapter): (Paragraph | Table)[] {
  const text = c.narrative || c.draft;
  const charts = c.charts.flatMap((chart) => {
    const { svg, width, height } = chartToSvg(chart);
    // Scaled to the text width of an A4 page (about 16 cm).
    const scale = 600 / width;
    return [
      new Paragraph({ text: chart.title, heading: HeadingLevel.HEADING_3 }),
      new Paragraph({
        children: [
          new ImageRun({
            type: "svg",
            data: Buffer.from(svg),
            fallback: { type: "png", data: blankPng(8, 8) },
            transformation: { width: width * scale, height: height * scale },
            altText: { name: chart.title, title: chart.title, description: chart.title },
          }),
        ],
      }),
    ];
  });
  return [
    new Paragraph({ text: c.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...text.split(/\n{2,}/).map((p) => new Paragraph({ text: p })),
    ...charts,
    ...c.tables.flatMap(table),
  ];
}

/** The report as a Word document the coordinator can keep editing: headings, text, tables, and the charts as images. */
export async function reportToDocx(model: ReportModel): Promise<Buffer> {
  const document = new Document({
    creator: "Familjecentralsuppföljningen",
    title: model.title,
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: model.title, size: 16 })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: ["Sida ", PageNumber.CURRENT], size: 16 })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: model.status === "final" ? "Slutlig rapport" : "Utkast" }),
          new Paragraph({
            text: `Siffror som bygger på färre än ${model.threshold} svar visas inte utan anges som ”för få svar”.`,
          }),
          ...model.chapters.flatMap(chapter),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
