import ExcelJS from "exceljs";
import { formatOfCell } from "../format.ts";
import type { Cell, ReportColumn, ReportModel, ReportTable } from "../model.ts";

/** Excel's number formats, shown in the reader's own locale (1 234, 4,2 and 78 % in Swedish). */
const numberFormats: Record<ReportColumn["format"], string> = {
  count: "#,##0",
  decimal: "0.0",
  percent: "0 %",
  text: "@",
};

/** Excel-safe sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (title: string, used: Set<string>) => {
  const base = title.replace(/[:\\/?*[\]]/g, " ").slice(0, 28);
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base} ${i}`;
  used.add(name);
  return name;
};

/**
 * A text that starts like a formula (=, +, -, @, or a tab or return before one)
 * would become a live formula as soon as someone edits the cell or saves the
 * sheet as CSV: such a text gets a leading apostrophe, Excel's own mark for
 * "this is text", which stays with it through editing and CSV.
 */
export const safeText = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** A figure as Excel keeps it: a number (a percent as 0–1, so Excel's percent format shows it), else the text. */
function excelValue(cell: Cell, format: ReportColumn["format"]): string | number | null {
  if (typeof cell === "string") return safeText(cell);
  if (cell === null) return null;
  return format === "percent" ? cell / 100 : cell;
}

/** Header names of one Excel table must differ; a repeated one gets a number. */
function headerNames(table: ReportTable): string[] {
  const seen = new Map<string, number>();
  return table.columns.map((c) => {
    const name = safeText(c.title) || "–";
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** Every table of the report as an Excel table with filters, one sheet per chapter; every figure a number. */
export async function reportToXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Familjecentralsuppföljningen";
  workbook.title = model.title;
  const used = new Set<string>();
  let tables = 0;
  for (const chapter of model.chapters) {
    const shown = chapter.tables.filter((t) => t.rows.length > 0);
    if (shown.length === 0) continue;
    const sheet = workbook.addWorksheet(sheetName(chapter.title, used));
    sheet.getCell("A1").value = safeText(model.title);
    sheet.getCell("A1").font = { bold: true, size: 14 };
    sheet.getCell("A2").value = safeText(chapter.title);
    sheet.getCell("A2").font = { bold: true, size: 12 };
    const widths: number[] = [];
    const measure = (column: number, text: string) => {
      widths[column] = Math.max(widths[column] ?? 8, Math.min(60, text.length + 2));
    };
    let at = 4;
    for (const table of shown) {
      // The title on its own row above the table, never on its header.
      sheet.getCell(at, 1).value = safeText(table.title);
      sheet.getCell(at, 1).font = { bold: true };
      const names = headerNames(table);
      tables += 1;
      sheet.addTable({
        name: `Tabell${tables}`,
        displayName: `Tabell${tables}`,
        ref: `A${at + 1}`,
        headerRow: true,
        style: { theme: "TableStyleLight9", showRowStripes: true },
        columns: names.map((name) => ({ name, filterButton: true })),
        rows: table.rows.map((cells, row) =>
          table.columns.map((_, col) => excelValue(cells[col] ?? null, formatOfCell(table, row, col))),
        ),
      });
      for (const [col, name] of names.entries()) measure(col, name);
      for (const [row, cells] of table.rows.entries()) {
        for (const col of table.columns.keys()) {
          const cell = sheet.getCell(at + 2 + row, col + 1);
          if (typeof cells[col] === "number") cell.numFmt = numberFormats[formatOfCell(table, row, col)];
          measure(col, typeof cells[col] === "string" ? String(cells[col]) : "000 000");
        }
      }
      at += table.rows.length + 3;
    }
    widths.forEach((width, col) => {
      sheet.getColumn(col + 1).width = width;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
