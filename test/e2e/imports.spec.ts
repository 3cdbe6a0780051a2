import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { demoMalmoCentreId, signInDemo, useSession } from "./support/demo.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();

/** Swedish Excel's CSV: Windows-1252 and semicolons. */
const windows1252 = (text: string) =>
  Buffer.from([...text].map((c) => ({ å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ä: 0xc4, Ö: 0xd6 })[c] ?? c.charCodeAt(0)));

/** Two earlier years of Rosengård from the region's previous tool, and one row of a centre the region does not have. */
function earlierToolFile() {
  const rows = ["Enhet;År;Besökare;Välkommen;Helhet"];
  for (const year of [2020, 2021])
    for (let i = 0; i < 6; i++)
      rows.push(`Familjecentralen Rosengård;${year};${i % 2 ? "Mamma" : "Förälder"};${3 + (i % 3)};${4 + (i % 2)}`);
  rows.push("Familjecentralen Nergård;2021;Förälder;4;4");
  return windows1252(`${rows.join("\r\n")}\r\n`);
}

/** A county coordinator brings in the years before the platform, and takes them out again. */
describe.skipIf(!browserCheck.available)("importing earlier years", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let centreId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const county = await signInDemo(server.baseUrl, "lansamordnare.skane@demo.local");
    centreId = await demoMalmoCentreId(server.baseUrl, county.headers);
    context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
    await useSession(context, server.baseUrl, county.session);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("maps a Windows-1252 file, names the bad row, dry-runs, imports into the trend and undoes", async () => {
    await page.goto("/");
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Importera tidigare år" }).waitFor();
    await page.getByLabel("Fil", { exact: true }).setInputFiles({
      name: "gamla-verktyget.csv",
      mimeType: "text/csv",
      buffer: earlierToolFile(),
    });
    await page.getByRole("button", { name: "Läs filen" }).click();
    await page.getByText("CSV, Windows-1252, semikolon, 13 rader.").waitFor();
    // The headings suggest the centre and the year; the questions are chosen by hand, and one value mapped.
    expect(await page.getByLabel("Betyder: Enhet").inputValue()).toBe("centre");
    expect(await page.getByLabel("Betyder: År").inputValue()).toBe("year");
    await page.getByLabel("Betyder: Besökare").selectOption({ label: "Vem är du?" });
    await page.getByLabel("Betyder: Välkommen").selectOption("valkommen");
    await page.getByLabel("Betyder: Helhet").selectOption("helhet");
    await page.getByLabel("Besökare: Mamma").selectOption("foralder");
    await expectNoAxeViolations(page, "import mapping");

    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await page.getByText("12 av 13 rader kan importeras. 1 rad har fel och hoppas över.").waitFor();
    const problems = page.locator("table", { has: page.locator("caption", { hasText: "Problem per rad" }) });
    expect(await problems.locator("tbody tr").first().textContent()).toBe(
      '14Enhetfamiljecentralen "Familjecentralen Nergård" finns inte i regionen',
    );
    await page.getByRole("button", { name: "Provkör" }).click();
    await page.getByText("Provkörningen gick igenom hela importen utan att spara något.").waitFor();
    expect(await page.getByText("Inga importer ännu.").count()).toBe(1);

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Importera", exact: true }).click();
    await page.getByRole("heading", { name: "Importen är klar" }).waitFor();
    const list = page.locator("table", { has: page.locator("caption", { hasText: "Gjorda importer" }) });
    await list.getByRole("button", { name: "Ångra importen av gamla-verktyget.csv" }).waitFor();
    expect(await list.locator("tbody tr").first().locator("td").nth(2).textContent()).toBe("2020, 2021");
    await expectNoAxeViolations(page, "import done");

    // The centre's trend starts in 2020, the imported years marked.
    const results = await context.newPage();
    await results.goto(`/resultat?enkat=besok_vuxen&ar=2025&omrade=centre:${centreId}`);
    await results.getByRole("heading", { name: "Utveckling över åren" }).waitFor();
    await results.getByText("* Svaren för 2020, 2021 är importerade").waitFor();
    await results.locator("th", { hasText: "2020 (importerat)" }).first().waitFor({ state: "attached" });
    await results.close();

    page.once("dialog", (dialog) => void dialog.accept());
    await list.getByRole("button", { name: "Ångra importen av gamla-verktyget.csv" }).click();
    await list.getByText(/^Ångrad /).waitFor();
  });

  it("imports totals of a year from the template's columns, without a mapping", async () => {
    await page.getByRole("radio", { name: /Bara summor/ }).check();
    await page.getByRole("link", { name: "Ladda ner en mall" }).waitFor();
    const totals = "Familjecentral;År;Fråga;Antal;1;2;3;4;5\r\nFamiljecentralen Rosengård;2019;helhet;8;0;1;1;3;3\r\n";
    await page.getByLabel("Fil", { exact: true }).setInputFiles({
      name: "summor.csv",
      mimeType: "text/csv",
      buffer: windows1252(totals),
    });
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await page.getByText("1 av 1 rad kan importeras. Ingen rad har fel.").waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Importera", exact: true }).click();
    await page.getByRole("heading", { name: "Importen är klar" }).waitFor();
    const list = page.locator("table", { has: page.locator("caption", { hasText: "Gjorda importer" }) });
    await list.getByText("Besöksenkät vuxna (summor)").waitFor();
    await expectNoAxeViolations(page, "a totals import");
  });
});
