import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { cellText, formatOfCell, hiddenFiguresRule } from "../format.ts";
import type { ReportChapter, ReportModel, ReportTable } from "../model.ts";
import { chartToSvg } from "./chart-svg.ts";
import { svgToPng } from "./png.ts";

type Block = Paragraph | Table | TableOfContents;

/** Tables wider than this go on a landscape page of their own, so no word is broken in a narrow column. */
const portraitColumns = 6;
const swedish = { value: "sv-SE" };

/** The width of the text on a page, in twentieths of a point: A4 upright with 2.5 cm margins, or across with 1.5 cm. */
const textWidth = { portrait: 9070, landscape: 15140 };

function table(t: ReportTable, pageOfItsOwn = false): Block[] {
  const wide = t.columns.length > portraitColumns;
  const total = wide ? textWidth.landscape : textWidth.portrait;
  const first = Math.round(total * (wide ? 0.17 : t.columns.length > 3 ? 0.34 : 0.5));
  const rest = Math.floor((total - first) / Math.max(1, t.columns.length - 1));
  const widths = t.columns.map((_, i) => (i === 0 ? first : rest));
  const size = wide ? 14 : 18;
  // A short table stays on one page: each row keeps with the next (a long one may break, its header repeated).
  const together = t.rows.length <= 20;
  const cell = (text: string, header: boolean, numeric: boolean, column: number, last = false) =>
    new TableCell({
      width: { size: widths[column] ?? rest, type: WidthType.DXA },
      children: [
        new Paragraph({
          keepNext: together && !last,
          alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header, size })],
        }),
      ],
    });
  return [
    new Paragraph({ text: t.title, heading: HeadingLevel.HEADING_3, keepNext: true, pageBreakBefore: pageOfItsOwn }),
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({
          tableHeader: true,
          children: t.columns.map((_, i) => cell(t.columns[i]?.title ?? "", true, formatOfCell(t, 0, i) !== "text", i)),
        }),
        ...t.rows.map(
          (r, row) =>
            new TableRow({
              cantSplit: true,
              children: t.columns.map((_, col) => {
                const format = formatOfCell(t, row, col);
                return cell(cellText(r[col] ?? null, format), false, format !== "text", col, row === t.rows.length - 1);
              }),
            }),
        ),
      ],
    }),
    new Paragraph({ text: "" }),
  ];
}

/** A chart as a picture every reader shows: a PNG drawn on the server, 16 cm wide, with its title as alt text. */
function chart(c: ReportChapter["charts"][number]): Block[] {
  const { svg, width, height } = chartToSvg(c);
  const shown = 600;
  return [
    new Paragraph({ text: c.title, heading: HeadingLevel.HEADING_3, keepNext: true }),
    new Paragraph({
      children: [
        new ImageRun({
          type: "png",
          data: svgToPng(svg, width * 2),
          transformation: { width: shown, height: Math.round((height * shown) / width) },
          altText: { name: c.title, title: c.title, description: c.title },
        }),
      ],
    }),
  ];
}

interface Part {
  landscape: boolean;
  blocks: Block[];
}

/** A chapter's parts in order: its text and charts upright, each wide table on a landscape page. */
function chapterParts(c: ReportChapter): Part[] {
  const text = c.narrative || c.draft;
  const parts: Part[] = [
    {
      landscape: false,
      blocks: [
        new Paragraph({ text: c.title, heading: HeadingLevel.HEADING_1 }),
        ...text.split(/\n{2,}/).map((p) => new Paragraph({ text: p })),
        ...c.charts.flatMap(chart),
      ],
    },
  ];
  for (const t of c.tables) {
    const landscape = t.columns.length > portraitColumns;
    const last = parts[parts.length - 1];
    const blocks = table(t, c.layout === "page-per-table");
    if (last && last.landscape === landscape) last.blocks.push(...blocks);
    else parts.push({ landscape, blocks });
  }
  return parts;
}

/** The report as a Word document the coordinator can keep editing: real headings, a table of contents, charts, tables. */
export async function reportToDocx(model: ReportModel): Promise<Buffer> {
  const frame = {
    headers: {
      default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: model.title, size: 16 })] })] }),
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
  };
  const cm = 567;
  const page = (landscape: boolean) => ({
    page: {
      size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: landscape
        ? { top: 1.5 * cm, bottom: 1.5 * cm, left: 1.5 * cm, right: 1.5 * cm }
        : { top: 2.5 * cm, bottom: 2.5 * cm, left: 2.5 * cm, right: 2.5 * cm },
    },
  });
  const cover: Part = {
    landscape: false,
    blocks: [
      new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
      ...(model.addressee
        ? [new Paragraph({ children: [new TextRun({ text: `Till: ${model.addressee}`, size: 28 })] })]
        : []),
      new Paragraph({ text: model.status === "final" ? "Slutlig rapport" : "Utkast" }),
      new Paragraph({
        text: hiddenFiguresRule(model.threshold),
      }),
      new TableOfContents("Innehåll", { hyperlink: true, headingStyleRange: "1-1" }),
    ],
  };
  // Every chapter starts a new section, so it begins on a new page in the orientation it needs.
  const parts = [cover, ...model.chapters.flatMap(chapterParts)];
  const sections: ISectionOptions[] = parts.map((part) => ({
    ...frame,
    properties: page(part.landscape),
    children: part.blocks,
  }));
  const heading = (size: number, outlineLevel: number) => ({
    run: { size, bold: true, color: "003A66", font: "Arial" },
    paragraph: { outlineLevel, spacing: { before: 240, after: 120 } },
  });
  const document = new Document({
    creator: "Familjecentralsuppföljningen",
    title: model.title,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: "Arial", size: 22, language: swedish } },
        title: { run: { size: 48, bold: true, color: "003A66", font: "Arial" } },
        heading1: heading(32, 0),
        heading2: heading(26, 1),
        heading3: heading(22, 2),
      },
    },
    sections,
  });
  return Packer.toBuffer(document);
}
