import { posix } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInDemo } from "./support/demo.ts";
import { officeAvailability, openInOffice } from "./support/office.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const officeCheck = officeAvailability();
const marker = "visas inte";

/** The share of a PNG's pixels that are not (near) white: a blank chart has none. */
function inkShare(file: Buffer): number {
  const png = PNG.sync.read(file);
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i] ?? 255, png.data[i + 1] ?? 255, png.data[i + 2] ?? 255];
    if (r < 230 || g < 230 || b < 230) ink += 1;
  }
  return ink / (png.width * png.height);
}

/** Every part a package's relationships and content types name is in the package. */
async function missingParts(zip: JSZip): Promise<string[]> {
  const missing: string[] = [];
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  for (const [, part] of types.matchAll(/<Override PartName="\/([^"]+)"/g))
    if (part && !zip.file(part)) missing.push(part);
  for (const rels of Object.keys(zip.files).filter((name) => name.endsWith(".rels"))) {
    const xml = (await zip.file(rels)?.async("string")) ?? "";
    const base = posix.dirname(posix.dirname(rels));
    for (const [, target, external] of xml.matchAll(/Target="([^"]+)"(?:\s+TargetMode="(External)")?/g)) {
      if (!target || external) continue;
      const part = target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(base, target));
      if (!zip.file(part)) missing.push(`${part} (from ${rels})`);
    }
  }
  return missing;
}

/**
 * The annual report's files as a county coordinator opens them: each converted to PDF by
 * LibreOffice headless and read back, so what a steering group would see is what is checked.
 */
describe.skipIf(!officeCheck.available)("the report's files in an office suite", () => {
  let server: RunningServer;
  const files: Record<"docx" | "pptx" | "xlsx", Buffer> = {} as never;
  /** How many adults answered in Skåne in 2026, as the report writes it ("3 278"), read from the results. */
  let adults = "";

  beforeAll(async () => {
    server = await startServer();
    const { headers } = await signInDemo(server.baseUrl, "lansamordnare.skane@demo.local");
    const results = await fetch(`${server.baseUrl}/api/results/besok_vuxen/2026?scope=region:12`, { headers });
    const { respondents } = (await results.json()) as { respondents: { n: number }[] };
    adults = new Intl.NumberFormat("sv-SE").format(respondents[0]?.n ?? 0).replace(/\s/g, " ");
    for (const format of ["docx", "pptx", "xlsx"] as const) {
      const response = await fetch(`${server.baseUrl}/api/reports/regions/12/2026/export.${format}`, { headers });
      expect(response.status).toBe(200);
      files[format] = Buffer.from(await response.arrayBuffer());
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("opens the Word file with real headings, Swedish text, a chart in every picture and 'visas inte' where a figure is hidden", async () => {
    const { pages, text } = openInOffice(files.docx, "arsrapport.docx");
    expect(pages).toBeGreaterThanOrEqual(8);
    for (const heading of ["Sammanfattning", "Deltagande", "Spindelmätningen", "Vuxna besökare", "Barnen"])
      expect(text).toContain(heading);
    expect(text).toContain("Skåne län");
    expect(text).toContain(adults);
    // Counts as counts: 41 and 4 490, never 41,0 and 4 490,0.
    expect(text).not.toContain("41,0");
    expect(text).not.toContain("4 490,0");
    const zip = await JSZip.loadAsync(files.docx);
    const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toContain('w:val="sv-SE"');
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(document).toMatch(/TOC \\h \\o/);
    const pictures = Object.keys(zip.files).filter((name) => name.startsWith("word/media/"));
    expect(pictures.length).toBeGreaterThanOrEqual(6);
    for (const name of pictures) {
      expect(name, name).toMatch(/\.png$/);
      const file = await zip.file(name)?.async("nodebuffer");
      expect(inkShare(file ?? Buffer.alloc(0)), name).toBeGreaterThan(0.02);
    }
    for (const heading of ["Metod", "Verksamheten i siffror", "Kommunerna jämförda", "Bilaga: familjecentralerna"])
      expect(text).toContain(heading);
    // The appendix: each of Skåne's 41 centres on a page of its own.
    const appendixPages = text.split("\f").filter((page) => page.includes("Riktlinjer som uppfylls"));
    expect(appendixPages).toHaveLength(41);
    for (const page of appendixPages) expect(page.match(/Riktlinjer som uppfylls/g)).toHaveLength(1);
    // A municipality with too few answers in the demo: its bar is the marker, in the picture's text too.
    expect(text.includes(marker) || document.includes(marker)).toBe(true);
  });

  it("opens the PowerPoint file with every referenced part there, a slide per page, sources and Swedish tags", async () => {
    const zip = await JSZip.loadAsync(files.pptx);
    expect(await missingParts(zip)).toEqual([]);
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    const { pages, text } = openInOffice(files.pptx, "arsrapport.pptx");
    expect(pages).toBe(slides.length);
    expect(text).toContain(`Källa: besöksenkät vuxna 2026, n = ${adults}`);
    expect(text).toContain(marker);
    const xml = await Promise.all(slides.map((name) => zip.file(name)?.async("string") ?? ""));
    expect(xml.join("")).toContain('lang="sv-SE"');
    expect(xml.join("")).not.toContain('lang="en-US"');
    // No slide for a table without rows (the good examples before any is chosen).
    expect(xml.filter((s) => s.includes("Goda exempel från kvalitetsuppföljningarna"))).toEqual([]);
  });

  it("opens the Excel file with every table an Excel table, every figure a number, percentages 0–1 with a percent format", async () => {
    const { pages, text } = openInOffice(files.xlsx, "arsrapport.xlsx");
    expect(pages).toBeGreaterThan(0);
    expect(text).toContain("Skåne län");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files.xlsx as unknown as ArrayBuffer);
    let percent = 0;
    workbook.eachSheet((sheet) => {
      const tables = Object.values(
        (sheet as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables,
      );
      expect(tables.length, sheet.name).toBeGreaterThan(0);
      sheet.eachRow((row, r) => {
        if (r < 4) return;
        row.eachCell((cell) => {
          if (typeof cell.value === "number") {
            expect(cell.numFmt, `${sheet.name} ${cell.address}`).toBeTruthy();
            if (cell.numFmt.includes("%")) {
              percent += 1;
              // Stored 0–1, never 0–100; a staff response rate may pass 100 % where more answered than the follow-up lists.
              expect(cell.value).toBeGreaterThanOrEqual(0);
              expect(cell.value).toBeLessThanOrEqual(3);
            }
          } else if (typeof cell.value === "string") {
            // A figure never as text: "42 %" or "6,6" in a cell is a number that cannot be summed.
            expect(cell.value, `${sheet.name} ${cell.address}`).not.toMatch(/^\d[\d\s]*(,\d+|\s?%)$/);
          }
        });
      });
    });
    expect(percent).toBeGreaterThan(10);
    // A satisfied share, by name: 0–1.
    const shares: number[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "number" && cell.numFmt?.includes("%") && sheet.name.startsWith("Vuxna"))
            shares.push(cell.value);
        }),
      ),
    );
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) expect(share).toBeLessThanOrEqual(1);
  });
});
