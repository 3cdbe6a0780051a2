import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const office = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";
const pdfTools = ["/usr/bin/pdftotext", "/usr/bin/pdfinfo"];
const tools = [office, ...pdfTools];

/**
 * Whether the office-suite checks can run: Debian's LibreOffice (writer, impress, calc) and
 * poppler-utils. Without them the checks are skipped with the reason printed, except in CI.
 */
export function officeAvailability(): { available: true } | { available: false; reason: string } {
  const missing = tools.filter((tool) => !existsSync(tool));
  if (missing.length === 0) return { available: true };
  const reason = `missing ${missing.join(", ")} (apt-get install libreoffice-writer libreoffice-impress libreoffice-calc poppler-utils)`;
  if (process.env.CI === "true") throw new Error(`The office-suite checks cannot run in CI: ${reason}`);
  console.warn(`Skipping the office-suite checks: ${reason}`);
  return { available: false, reason };
}

/** Whether PDFs can be read back (poppler-utils): skipped with the reason printed where not, except in CI. */
export function pdfToolsAvailability(): { available: true } | { available: false; reason: string } {
  const missing = pdfTools.filter((tool) => !existsSync(tool));
  if (missing.length === 0) return { available: true };
  const reason = `missing ${missing.join(", ")} (apt-get install poppler-utils)`;
  if (process.env.CI === "true") throw new Error(`The print checks cannot run in CI: ${reason}`);
  console.warn(`Skipping the print checks: ${reason}`);
  return { available: false, reason };
}

/** The text of each page of a PDF, in reading order. */
export function readPdfPages(pdf: string): string[] {
  return execFileSync("/usr/bin/pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
}

/** A page's size in points. */
export function pageSize(pdf: string, page: number): { width: number; height: number } {
  const info = execFileSync("/usr/bin/pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
  const [, width, height] = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  return { width: Number(width), height: Number(height) };
}

/** A file as LibreOffice opens it, converted to PDF headless: its pages and its text. */
export function openInOffice(file: Buffer, name: string): { pages: number; text: string } {
  const folder = mkdtempSync(join(tmpdir(), "fcs-office-"));
  const input = join(folder, name);
  writeFileSync(input, file);
  // A profile of its own, so a second LibreOffice (or a stale lock) never blocks the conversion.
  const profile = `-env:UserInstallation=file://${join(folder, "profile")}`;
  const converted = spawnSync(office, [profile, "--headless", "--convert-to", "pdf", "--outdir", folder, input], {
    encoding: "utf8",
    timeout: 180_000,
  });
  const pdf = join(folder, name.replace(/\.[a-z]+$/, ".pdf"));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}: ${converted.stderr || converted.stdout}`);
  const info = execFileSync("/usr/bin/pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const text = execFileSync("/usr/bin/pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  return { pages, text };
}
