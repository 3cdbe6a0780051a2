import { mkdirSync } from "node:fs";
import { scopeStyles } from "@fcs/contracts/chart-style";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { chartFrame, legendColour, valueTicks } from "./support/charts.ts";
import { signInDemo, useSession } from "./support/demo.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();
const screenshots = "test-results/screenshots";

describe.skipIf(!browserCheck.available)("the results dashboards with demo data", () => {
  let server: RunningServer;
  let browser: Browser;
  let county: BrowserContext;
  let coordinator: BrowserContext;

  const signedInContext = async (email: string) => {
    const { session } = await signInDemo(server.baseUrl, email);
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
    // Signed in through the API: these flows are not about signing in.
    await useSession(context, server.baseUrl, session);
    return context;
  };
  const open = async (context: BrowserContext, path: string, heading: string | RegExp) => {
    const page = await context.newPage();
    await page.goto(path);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    return page;
  };
  const cellsOf = (page: Page, caption: string) =>
    page.locator("table", { has: page.locator("caption", { hasText: caption }) }).first();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    county = await signedInContext("lansamordnare.skane@demo.local");
    coordinator = await signedInContext("samordnare@demo.local");
    mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the county coordinator Skåne's visitors beside all regions, and drills down to a municipality and a centre", async () => {
    const page = await open(county, "/resultat?enkat=besok_vuxen&ar=2025", "Resultat: Skåne län");
    const respondents = cellsOf(page, "Antal svarande");
    await expect.poll(() => respondents.locator("th").allTextContents()).toEqual(["Skåne län", "Alla regioner"]);
    expect(await respondents.locator("td").first().textContent()).toMatch(/^\d[\d\s]*\d$/);
    // Swedish numbers: a decimal comma and a space before the per cent sign.
    await page.getByText("Visa som tabell").first().click();
    expect(await page.locator(".chart-table table").first().textContent()).toMatch(/\d+\s%.*medel\s\d,\d/);
    // Split by channel and by language: the region's paper forms and its Arabic answers counted on their own.
    const channels = cellsOf(page, "Per insamlingssätt: Skåne län");
    expect(await channels.locator("thead th").allTextContents()).toEqual([
      "Fråga",
      "Surfplatta",
      "Länk",
      "Papper",
      "Importerat",
    ]);
    expect(await channels.locator("tbody tr").first().locator("td").nth(2).textContent()).toMatch(/^\d[\d\s]*$/);
    // A question reworded in 2026 keeps its key: its trend marks the break.
    await page.getByLabel("Fråga i diagrammet").selectOption("barns_rattigheter");
    await page.getByText("Frågans formulering ändrades 2026. Jämför åren före och efter med försiktighet.").waitFor();
    const languages = cellsOf(page, "Per språk: Skåne län");
    expect(await languages.locator("thead th").allTextContents()).toContain("Arabiska");
    await expectNoAxeViolations(page, "region results, adult visitors");
    // Each area has its own colour wherever it is drawn (the report uses the same), and the axis counts in round steps.
    const positive = chartFrame(page, "Andel positiva svar per fråga");
    expect(await legendColour(positive, "Skåne län")).toBe(scopeStyles.region.color);
    expect(await legendColour(positive, "Alla regioner")).toBe(scopeStyles.all.color);
    await expect
      .poll(async () => (await valueTicks(positive, "x")).map((t) => t.replace(/\s/g, " ")))
      .toEqual(["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]);
    const trend = chartFrame(
      page,
      (await page.getByLabel("Fråga i diagrammet").locator("option:checked").textContent()) ?? "",
    );
    await expect
      .poll(async () => (await valueTicks(trend, "y")).map((t) => t.replace(/\s/g, " ")))
      .toEqual(["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]);

    await page.getByRole("link", { name: "Malmö", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Resultat: Malmö" }).waitFor();
    await page.getByRole("navigation", { name: "Du är här" }).getByRole("link", { name: "Skåne län" }).waitFor();
    await page.getByRole("link", { name: "Familjecentralen Rosengård" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Resultat: Familjecentralen Rosengård" }).waitFor();
    await expect
      .poll(() => cellsOf(page, "Antal svarande").locator("th").allTextContents())
      .toEqual(["Familjecentralen Rosengård", "Malmö", "Skåne län", "Alla regioner"]);
    expect(page.url()).toContain("omrade=centre%3A");
    await page.getByRole("heading", { name: "Fritextsvar" }).waitFor();
    await expectNoAxeViolations(page, "centre results seen by the county coordinator");
  });

  it("says 'visas inte' for a centre with too few answers, with a note naming both reasons a figure is hidden", async () => {
    const page = await open(county, "/resultat?enkat=besok_vuxen&ar=2025", "Resultat: Skåne län");
    const parts = cellsOf(page, "Kommunerna och familjecentralerna i området");
    const svalov = parts.locator("tr", { hasText: "Familjecentralen Svalöv" });
    await svalov.waitFor();
    expect(await svalov.locator("td").first().textContent()).toBe("visas inte");
    // One marker for both reasons, and a note that names both: a centre hidden only to protect a
    // neighbour is not said to have had too few answers.
    await page
      .getByText(
        /^”visas inte” betyder att färre än 5 har svarat, eller att siffran döljs så att en liten grupp inte kan/,
      )
      .waitFor();
    // In the chart a hidden figure is a labelled stub, not an empty place that reads as zero.
    await svalov.getByRole("link").click();
    await page.getByRole("heading", { level: 1, name: /Familjecentralen Svalöv/ }).waitFor();
    const positive = page
      .locator(".chart-frame", { has: page.getByRole("heading", { name: "Andel positiva svar" }) })
      .first();
    const stub = positive.locator("text.chart-hidden-label").first();
    await stub.waitFor();
    expect(await stub.textContent()).toBe("visas inte");
  });

  it("draws the region's spider by profession, with a table alternative, and the compliance table", async () => {
    const page = await open(county, "/resultat?enkat=spindel&ar=2025", "Resultat: Skåne län");
    await page.getByRole("heading", { name: "Per yrkesroll", exact: true }).waitFor();
    await page.screenshot({ path: `${screenshots}/region-spider-page.png`, fullPage: true });
    const spider = page.locator(".chart-frame", {
      has: page.getByRole("heading", { name: "Spindeln: samverkan per faktor" }),
    });
    await spider.locator(".recharts-polar-grid").waitFor();
    await spider.screenshot({ path: `${screenshots}/spider-skane-2025.png` });
    const chart = spider.locator(".chart");
    expect(await chart.getAttribute("aria-label")).toMatch(/starkast är .+, svagast .+\./);
    // The 1–10 scale's axis starts at 1, in even steps.
    expect(await spider.locator(".recharts-polar-radius-axis-tick-value").allTextContents()).toEqual([
      "1",
      "4",
      "7",
      "10",
    ]);
    await expectNoAxeViolations(page, "spider results with professions");

    await page.getByLabel("Enkät").selectOption("kvalitetsuppfoljning");
    await page.getByRole("heading", { name: "Riktlinjerna" }).waitFor();
    // The follow-up's activity: the slussning grid as families from row to column, summed for the region.
    const flows = cellsOf(page, "Slussning mellan verksamheterna, Skåne län");
    const fromBhv = flows.locator("tbody tr", { hasText: "Från barnhälsovården" });
    expect(await fromBhv.locator("td").nth(2).textContent()).toMatch(/^\d[\d\s\u00a0]*$/);
    await page.getByRole("heading", { name: "Verksamheten i siffror" }).waitFor();
    // Each rule says how binding it is and where it comes from; a share says its denominator.
    const shares = cellsOf(page, "Andel som uppfyller: per kommun");
    const opening = shares.locator("tbody tr", { hasText: "Gemensamt öppet minst 15 timmar i veckan" });
    expect(await opening.locator(".rule-strength").textContent()).toBe("ska");
    await opening.getByText("Källa").click();
    await opening.getByText(/Alla verksamheter ska minst ha gemensamt öppet 15h\/vecka/).waitFor();
    expect(await opening.locator("td").first().textContent()).toMatch(/^\d+\s%\s\(\d+ av \d+\)$/);
    // The rules chart names every rule, and its legend reads in the order of its bars: the region first.
    const rulesChart = page.locator(".chart-frame", {
      has: page.getByRole("heading", { name: "Andel som uppfyller" }),
    });
    await rulesChart.locator(".recharts-yAxis").waitFor();
    expect(await rulesChart.locator(".recharts-yAxis .recharts-cartesian-axis-tick").count()).toBe(
      await shares.locator("tbody tr").count(),
    );
    expect((await rulesChart.locator(".recharts-legend-item-text").allTextContents())[0]).toBe("Skåne län");
    const perCentre = cellsOf(page, "Riktlinjerna: per familjecentral");
    await page.getByLabel("Kommun").selectOption({ label: "Lund" });
    await expect.poll(() => perCentre.locator("tbody tr").count()).toBe(3);
    expect(await perCentre.locator("tbody").textContent()).toMatch(/Uppfyllt|Inte uppfyllt/);
    await expectNoAxeViolations(page, "quality follow-up results and compliance");
  });

  it("leaves a gap in last year's spider where a factor was not asked, instead of drawing it to the centre", async () => {
    const page = await open(county, "/resultat?enkat=spindel&ar=2026", "Resultat: Skåne län");
    const spider = page.locator(".chart-frame", {
      has: page.getByRole("heading", { name: "Spindeln: samverkan per faktor" }),
    });
    await spider.locator(".recharts-polar-grid").waitFor();
    // "Barns och föräldrars delaktighet" is new in 2026: the 2025 outline has a gap there, this year's none.
    expect(await spider.locator(".spider-series-gapped").count()).toBe(1);
    expect(await spider.locator(".recharts-radar polygon").count()).toBeGreaterThan(0);
  });

  it("gives the local coordinator 'Min familjecentral' with the centre, its spider overlays and the comments", async () => {
    const page = await open(
      coordinator,
      "/resultat?enkat=spindel&ar=2025",
      "Min familjecentral: Familjecentralen Rosengård",
    );
    const spider = page.locator(".chart-frame", {
      has: page.getByRole("heading", { name: "Spindeln: samverkan per faktor" }),
    });
    await spider.getByText("Visa som tabell").click();
    await expect
      .poll(() => spider.locator("thead th").allTextContents())
      .toEqual([
        "Faktor",
        "Familjecentralen Rosengård",
        "Familjecentralen Rosengård 2024",
        "Malmö",
        "Skåne län",
        "Alla regioner",
      ]);
    // No profession split for a single centre, and no list of other centres.
    expect(await page.getByRole("heading", { name: "Per yrkesroll", exact: true }).count()).toBe(0);
    await page.screenshot({ path: `${screenshots}/centre-spider-page.png`, fullPage: true });
    expect(await page.getByRole("heading", { name: /i området/ }).count()).toBe(0);
    await page.getByRole("heading", { name: "Fritextsvar" }).waitFor();
    await expectNoAxeViolations(page, "the local coordinator's centre results");

    await page.getByLabel("Område").selectOption({ label: "Familjecentralen Linero" });
    await page.getByRole("heading", { level: 1, name: "Min familjecentral: Familjecentralen Linero" }).waitFor();
  });

  it("fetches the results page's code ahead while the start page is idle, for a slow network", async () => {
    const page = await county.newPage();
    const ahead = page.waitForResponse((response) => /\/assets\/ResultsPage-[\w-]+\.js$/.test(response.url()), {
      timeout: 15_000,
    });
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
    expect((await ahead).ok()).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/");
    await page.close();
  });

  it("works by keyboard: the survey filter, a chart's table and a drill-down link", async () => {
    const page = await open(county, "/resultat?enkat=besok_barn&ar=2025", "Resultat: Skåne län");
    await page.getByLabel("Enkät").focus();
    await page.keyboard.press("ArrowUp");
    await page.getByRole("heading", { name: "Besöksenkät vuxna 2025" }).waitFor();
    const toggle = page.getByText("Visa som tabell").first();
    await toggle.focus();
    await page.keyboard.press("Enter");
    await page.locator(".chart-table[open] table").first().waitFor();
    const link = page.getByRole("link", { name: "Lund", exact: true });
    await link.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Resultat: Lund" }).waitFor();
  });
});
