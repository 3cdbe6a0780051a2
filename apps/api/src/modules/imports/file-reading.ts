import ExcelJS from "exceljs";
import { AppError } from "../../errors.ts";

/** A file's table: the heading row's names, and every row after it as text cells. */
export interface ImportTable {
  columns: string[];
  rows: string[][];
  /** How it was read, in the page's words: "CSV, UTF-8, semikolon", "Excel". */
  format: string;
}

const unreadable = (message: string) => new AppError(400, "unreadable_file", message);

/**
 * Reads an exported file of the previous tool: Excel (.xlsx, the first sheet), or
 * CSV in UTF-8 (with or without BOM) or Windows-1252 — the encoding Swedish
 * Excel saves "CSV (semikolonavgränsad)" in — separated by semicolons, commas or tabs.
 */
export async function readImportFile(name: string, bytes: Buffer): Promise<ImportTable> {
  if (/\.xlsx$/i.test(name) || isZip(bytes)) return readWorkbook(bytes);
  if (/\.xls$/i.test(name))
    throw unreadable("Det gamla Excel-formatet (.xls) kan inte läsas. Spara filen som .xlsx eller CSV.");
  const { text, encoding } = decode(bytes);
  const separator = separatorOf(text);
  const [columns, ...rows] = parseDelimited(text, separator);
  return tableOf(columns, rows, `CSV, ${encoding}, ${separatorNames[separator]}`);
}

const separatorNames: Record<string, string> = { ";": "semikolon", ",": "komma", "\t": "tabb" };

const isZip = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252. */
function decode(bytes: Buffer): { text: string; encoding: string } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "Windows-1252" };
  }
}

/** The separator the heading row uses most: semicolon, tab or comma. */
function separatorOf(text: string): string {
  const heading = text.slice(0, text.search(/\r?\n|$/));
  const counts = [";", "\t", ","].map((s) => [s, heading.split(s).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ";";
}

/** RFC 4180 fields: quoted fields may hold the separator, line breaks and doubled quotes. */
export function parseDelimited(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ""));
}

async function readWorkbook(bytes: Buffer): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable("Filen kunde inte läsas som en Excel-fil (.xlsx).");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable("Excel-filen har inget blad.");
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  const [columns, ...data] = rows;
  return tableOf(columns, data, "Excel");
}

/** A cell as the file shows it: numbers with a decimal comma as Swedish Excel writes them are read later. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    return "";
  }
  return String(value);
}

function tableOf(heading: string[] | undefined, rows: string[][], format: string): ImportTable {
  const columns = (heading ?? []).map((name) => name.trim());
  if (columns.length === 0 || columns.every((c) => c === ""))
    throw unreadable("Filen har ingen rubrikrad. Första raden ska namnge kolumnerna.");
  if (rows.length === 0) throw unreadable("Filen har inga rader under rubrikraden.");
  const named = columns.map((c, i) => c || `Kolumn ${i + 1}`);
  const duplicate = named.find((c, i) => named.indexOf(c) !== i);
  if (duplicate) throw unreadable(`Kolumnen "${duplicate}" finns två gånger i rubrikraden.`);
  return { columns: named, rows, format };
}
