import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { earlierStyle, scopeStyles } from "@fcs/contracts/chart-style";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { chartFrame, legendColour } from "./support/charts.ts";
import { signInDemo, useSession } from "./support/demo.ts";
import { pageSize, pdfToolsAvailability, readPdfPages } from "./support/office.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();
const pdfCheck = pdfToolsAvailability();
const regionReport = "/rapport?omrade=region:12&ar=2025";
const regionTitle = "Familjecentraler i Skåne län – årsrapport 2025";

describe.skipIf(!browserCheck.available)("the annual report", () => {
  let server: RunningServer;
  let browser: Browser;
  let county: BrowserContext;

  const signedInContext = async (email: string) => {
    const { session } = await signInDemo(server.baseUrl, email);
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    // Signed in through the API: these flows are not about signing in.
    await useSession(context, server.baseUrl, session);
    return context;
  };
  const open = async (context: BrowserContext, path: string, title: string) => {
    const page = await context.newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(path);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    return page;
  };
  const download = async (page: Page, button: string, extension: string) => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: button, exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
    expect(statSync(await file.path()).size).toBeGreaterThan(5_000);
    await page.getByText(`${file.suggestedFilename()} är nedladdad.`).waitFor();
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    county = await signedInContext("lansamordnare.skane@demo.local");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lets the county coordinator write a chapter from the generated draft, save it and find it again", async () => {
    const page = await open(county, regionReport, regionTitle);
    await page.getByText(/Förslag utifrån siffrorna: År 2025 svarade/).waitFor();
    const field = page.getByLabel("Text till kapitlet Sammanfattning");
    await page.getByRole("button", { name: "Använd förslaget" }).first().click();
    await field.fill(`${await field.inputValue()}\n\nStyrgruppen föreslås prioritera barnens delaktighet.`);
    await page.getByRole("button", { name: "Spara texten" }).first().click();
    await page.getByText("Texten är sparad.").waitFor();
    await expectNoAxeViolations(page, "the region's report, draft");
    // The region has the colour it has on the results page; last year's figures are grey.
    const positive = chartFrame(page, "Andel positiva svar (4–5) per påstående");
    expect(await legendColour(positive, "Skåne län")).toBe(scopeStyles.region.color);
    expect(await legendColour(positive, "Skåne län 2024")).toBe(earlierStyle.color);

    const again = await open(county, regionReport, regionTitle);
    expect(await again.getByLabel("Text till kapitlet Sammanfattning").inputValue()).toContain(
      "Styrgruppen föreslås prioritera barnens delaktighet.",
    );
  });

  it("warns before marking a report final while follow-ups are not yet approved", async () => {
    const page = await county.newPage();
    await page.goto("/rapport?omrade=region:12&ar=2026");
    await page.getByRole("heading", { level: 1, name: "Familjecentraler i Skåne län – årsrapport 2026" }).waitFor();
    let message = "";
    page.once("dialog", (dialog) => {
      message = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Markera som slutlig" }).click();
    await expect.poll(() => message).toMatch(/\d+ av 41 kvalitetsuppföljningar är inte godkända ännu\./);
    await page.getByText("Utkast. Siffrorna hämtas på nytt", { exact: false }).waitFor();
  });

  it("gives the county coordinator a municipality's report, with whom it is for saved and shown", async () => {
    const page = await open(
      county,
      "/rapport?omrade=municipality:1280&ar=2025",
      "Familjecentraler i Malmö – årsrapport 2025",
    );
    await page.getByRole("heading", { level: 2, name: "Bilaga: familjecentralerna" }).waitFor();
    const addressee = page.getByLabel("Rapporten riktar sig till");
    await addressee.fill("Förvaltningschefen");
    await addressee.press("Enter");
    await page.getByText("Mottagaren är sparad.").waitFor();
    await expectNoAxeViolations(page, "a municipality's report");
    const again = await open(
      county,
      "/rapport?omrade=municipality:1280&ar=2025",
      "Familjecentraler i Malmö – årsrapport 2025",
    );
    expect(await again.getByLabel("Rapporten riktar sig till").inputValue()).toBe("Förvaltningschefen");
  });

  it("downloads the report as Word, PowerPoint and Excel, and prints without the controls", async () => {
    const page = await open(county, regionReport, regionTitle);
    await download(page, "Word", "docx");
    await download(page, "PowerPoint", "pptx");
    await download(page, "Excel", "xlsx");
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Word", exact: true }).isVisible()).toBe(false);
    expect(
      await page.locator(".print-only").getByText("Styrgruppen föreslås prioritera barnens delaktighet.").isVisible(),
    ).toBe(true);
  });

  it.skipIf(!pdfCheck.available)(
    "prints on A4 with the title at the top of every page, charts inside the page and the wide table across",
    async () => {
      const page = await open(county, regionReport, regionTitle);
      const folder = mkdtempSync(join(tmpdir(), "fcs-print-"));
      const file = join(folder, "rapport.pdf");
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      const pages = readPdfPages(file);
      expect(pages.length).toBeGreaterThan(6);
      // The running title is in the top margin of every page, never at the foot over the last row.
      for (const [n, text] of pages.entries())
        expect(text.trimStart().startsWith(regionTitle), `page ${n + 1}`).toBe(true);
      // The guideline per centre (eleven columns) is on a page turned across, with all its columns.
      const across = pages.findIndex((text) => text.includes("Riktlinjerna per familjecentral"));
      expect(pageSize(file, across + 1).width).toBeGreaterThan(pageSize(file, across + 1).height);
      // The first centre's row (its name wraps; the line of its outcomes holds all ten).
      const row = pages[across]?.split("\n").find((line) => /^\s*Familjecentralen\s{2,}\S/.test(line)) ?? "";
      expect(row.match(/Inte besvarat|Uppfyllt|Inte uppfyllt|Gäller inte/g)?.length, row).toBe(10);
      // Charts shrink to the page: the trend's last year, at its right edge, is printed.
      const trend = pages.find((text) => text.includes("Nöjda med familjecentralen som helhet, över åren")) ?? "";
      expect(trend).toMatch(/2022[\s\S]*2025/);
    },
  );

  it("marks the report final, after which it is read-only until reopened", async () => {
    const page = await open(county, regionReport, regionTitle);
    await page.getByRole("button", { name: "Markera som slutlig" }).click();
    await page.getByText("Status: Slutlig").waitFor();
    expect(await page.getByLabel("Text till kapitlet Sammanfattning").count()).toBe(0);
    await page.getByText("Styrgruppen föreslås prioritera barnens delaktighet.").waitFor();
    await expectNoAxeViolations(page, "the region's report, final");
    await page.getByRole("button", { name: "Öppna rapporten igen" }).click();
    await page.getByText("Status: Utkast").waitFor();
  });

  it("gives a reader the report to read and download, without editing", async () => {
    const reader = await signedInContext("lasare@demo.local");
    const page = await open(reader, regionReport, regionTitle);
    await page.getByText("Du kan läsa rapporten men inte ändra den.").waitFor();
    expect(await page.getByRole("textbox").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Markera som slutlig" }).count()).toBe(0);
    await download(page, "Excel", "xlsx");
    await expectNoAxeViolations(page, "the region's report for a reader");
  });

  it("gives the local coordinator their centre's report for the verksamhetsberättelse", async () => {
    const coordinator = await signedInContext("samordnare@demo.local");
    const page = await coordinator.newPage();
    await page.goto("/");
    await page.getByRole("link", { name: "Verksamhetsberättelse", exact: true }).click();
    await page.getByLabel("År", { exact: true }).selectOption("2025");
    await page
      .getByRole("heading", { level: 1, name: /^Familjecentralen (Rosengård|Linero) – verksamhetsår 2025$/ })
      .waitFor();
    await page.getByRole("heading", { name: "Spindelmätningen", level: 2 }).waitFor();
    await download(page, "Word", "docx");
    await expectNoAxeViolations(page, "a centre's report");
  });
});
