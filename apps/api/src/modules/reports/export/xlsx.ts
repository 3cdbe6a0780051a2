import ExcelJS from "exceljs";
import type { ReportModel } from "../model.ts";

const numberFormats = { count: "# ##0", decimal: "0.0", percent: '0" %"', text: "@" } as const;

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
const safeCell = (value: string | number | null) => (typeof value === "string" ? safeText(value) : (value ?? ""));

/** Every table of the report, one sheet per chapter, numbers as numbers and hidden figures as the marker. */
export async function reportToXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Familjecentralsuppföljningen";
  workbook.title = model.title;
  const used = new Set<string>();
  for (const chapter of model.chapters) {
    if (chapter.tables.length === 0) continue;
    const sheet = workbook.addWorksheet(sheetName(chapter.title, used));
    sheet.addRow([safeText(model.title)]).font = { bold: true, size: 14 };
    sheet.addRow([safeText(chapter.title)]).font = { bold: true, size: 12 };
    for (const table of chapter.tables) {
      sheet.addRow([]);
      sheet.addRow([safeText(table.title)]).font = { bold: true };
      sheet.addRow(table.columns.map((c) => safeText(c.title))).font = { bold: true };
      for (const cells of table.rows) {
        const row = sheet.addRow(cells.map(safeCell));
        table.columns.forEach((column, i) => {
          if (typeof cells[i] === "number") row.getCell(i + 1).numFmt = numberFormats[column.format];
        });
      }
    }
    sheet.getColumn(1).width = 48;
    for (let i = 2; i <= 12; i++) sheet.getColumn(i).width = 18;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
