import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseDelimited, readImportFile } from "./file-reading.ts";

const windows1252 = (text: string) =>
  Buffer.from([...text].map((c) => ({ å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ä: 0xc4, Ö: 0xd6 })[c] ?? c.charCodeAt(0)));

describe("reading an earlier tool's file", () => {
  it("reads Windows-1252 with semicolons, as Swedish Excel saves CSV", async () => {
    const bytes = windows1252("Familjecentral;År;Bemötande\r\nFamiljecentralen Höör;2019;4,0\r\n");
    const table = await readImportFile("export.csv", bytes);
    expect(table.format).toBe("CSV, Windows-1252, semikolon");
    expect(table.columns).toEqual(["Familjecentral", "År", "Bemötande"]);
    expect(table.rows).toEqual([["Familjecentralen Höör", "2019", "4,0"]]);
  });

  it("reads UTF-8 with and without a BOM, separated by commas or tabs", async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("centre,år\nÖrkelljunga,2020\n")]);
    expect(await readImportFile("a.csv", withBom)).toEqual({
      columns: ["centre", "år"],
      rows: [["Örkelljunga", "2020"]],
      format: "CSV, UTF-8, komma",
    });
    const tabs = await readImportFile("a.txt", Buffer.from("centre\tår\nÅstorp\t2021"));
    expect(tabs.format).toBe("CSV, UTF-8, tabb");
    expect(tabs.rows).toEqual([["Åstorp", "2021"]]);
  });

  it("keeps separators, quotes and line breaks inside quoted fields, and skips empty lines", () => {
    expect(parseDelimited('a;b\n"x;y";"sa ""hej""\nigen"\n\n;\n', ";")).toEqual([
      ["a", "b"],
      ["x;y", 'sa "hej"\nigen'],
    ]);
  });

  it("reads the first sheet of an Excel file, numbers and text alike", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Svar");
    sheet.addRow(["Familjecentral", "År", "Bemötande"]);
    sheet.addRow(["Familjecentralen Höör", 2019, 5]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const table = await readImportFile("export.xlsx", bytes);
    expect(table).toEqual({
      columns: ["Familjecentral", "År", "Bemötande"],
      rows: [["Familjecentralen Höör", "2019", "5"]],
      format: "Excel",
    });
  });

  it("says what is wrong with a file it cannot take", async () => {
    await expect(readImportFile("a.csv", Buffer.from("namn;namn\nx;y"))).rejects.toThrow(/två gånger/);
    await expect(readImportFile("a.csv", Buffer.from("namn;år\n"))).rejects.toThrow(/inga rader/);
    await expect(readImportFile("a.xls", Buffer.from("x"))).rejects.toThrow(/\.xls/);
    await expect(readImportFile("a.xlsx", Buffer.from("PK\u0003\u0004trasig"))).rejects.toThrow(/Excel/);
  });
});
