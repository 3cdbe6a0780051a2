import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../model.ts";
import { reportToXlsx, safeText } from "./xlsx.ts";

describe("the Excel export", () => {
  it("writes a text that starts like a formula so that it can never become one", async () => {
    const hostile = ['=HYPERLINK("http://example.invalid","Klicka")', "+46 40 123", "-1+2", "@SUM(A1)", "\t=1"];
    const model = {
      title: "=Årsrapport",
      chapters: [
        {
          title: "Goda exempel",
          tables: [
            {
              title: "Exempel",
              columns: [
                { title: "Familjecentral", format: "text" },
                { title: "Svar", format: "count" },
              ],
              rows: hostile.map((text, i) => [text, i]),
            },
          ],
        },
      ],
    } as unknown as ReportModel;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportToXlsx(model)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const values: unknown[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value))));
    for (const value of values) expect(typeof value === "object" && value !== null && "formula" in value).toBe(false);
    const texts = values.filter((v): v is string => typeof v === "string");
    for (const text of hostile) expect(texts).toContain(`'${text}`);
    expect(texts).toContain("'=Årsrapport");
    expect(texts).toContain("Goda exempel");
    expect(values).toContain(3);
  });

  it("leaves ordinary text and numbers alone", () => {
    expect(safeText("Familjecentralen Rosengård")).toBe("Familjecentralen Rosengård");
    expect(safeText("visas inte")).toBe("visas inte");
  });
});
