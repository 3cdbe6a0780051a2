import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();
const screenshots = "test-results/screenshots";

/**
 * The poster link and the staff link on a phone (390 × 844): nothing scrolls sideways, the
 * audiences are on the screen, and every scale keeps its steps on one row.
 */
describe.skipIf(!browserCheck.available)("the survey links on a phone", () => {
  let server: RunningServer;
  let browser: Browser;
  let phone: BrowserContext;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    phone = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      serviceWorkers: "block",
    });
    mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const noSidewaysScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  /** Every scale on the page has all its steps at one height: on one row. */
  async function scalesOnOneRow(page: Page) {
    const rows = await page.$$eval(".survey-scale, .survey-smileys", (scales) =>
      scales.map(
        (scale) =>
          new Set(
            Array.from(scale.querySelectorAll(".survey-option")).map((o) => Math.round(o.getBoundingClientRect().top)),
          ).size,
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const count of rows) expect(count).toBe(1);
  }

  it("fits the visitor link: the start, an adult's scales and a child's faces", async () => {
    const page = await phone.newPage();
    await page.goto("/enkat/besok#demo-besok-malmo");
    const adult = page.getByRole("button", { name: /Vuxen/ });
    await adult.waitFor();
    await noSidewaysScroll(page);
    const box = await adult.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${screenshots}/phone-visitor-start.png`, fullPage: true });
    await expectNoAxeViolations(page, "the visitor link's start on a phone");

    await adult.click();
    const next = page.getByRole("button", { name: "Nästa" });
    await next.click();
    await next.click();
    await page.locator(".survey-question-title", { hasText: "Jag känner mig välkommen" }).waitFor();
    await noSidewaysScroll(page);
    await scalesOnOneRow(page);
    await page.screenshot({ path: `${screenshots}/phone-visitor-scale.png`, fullPage: true });

    const child = await phone.newPage();
    await child.goto("/enkat/besok#demo-besok-malmo");
    await child.getByRole("button", { name: /Barn/ }).click();
    await child.getByText("Jag själv").click();
    await child.getByRole("button", { name: "Nästa" }).click();
    await child.locator(".survey-question-title", { hasText: "Tycker du om att vara här?" }).waitFor();
    await noSidewaysScroll(child);
    await scalesOnOneRow(child);
    await child.screenshot({ path: `${screenshots}/phone-child-faces.png`, fullPage: true });
  });

  it("fits the staff link: the spider's 1–10 scales on one row each", async () => {
    const page = await phone.newPage();
    await page.goto("/enkat/personal#demo-personal-malmo");
    await page.getByRole("button", { name: "Starta spindelmätningen" }).click();
    // Past the page about the respondent (a choice), to the first page of ratings.
    const next = page.getByRole("button", { name: "Nästa" });
    await next.waitFor();
    for (let step = 0; step < 3 && (await page.locator(".survey-scale").count()) === 0; step += 1) {
      await page.locator(".survey-option").first().click();
      await next.click();
    }
    await page.locator(".survey-scale").first().waitFor();
    await noSidewaysScroll(page);
    await scalesOnOneRow(page);
    await page.screenshot({ path: `${screenshots}/phone-staff-scale.png`, fullPage: true });
  });
});
