import { mkdirSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { demoMalmoCentreId, signInDemo, signInThroughPage } from "./support/demo.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();

/**
 * The pictures of the user guide (docs/guide/bilder), taken from the demo as each user sees it.
 * Every run takes them, so a page the guide shows must open; `npm run docs:screenshots` writes
 * them into the guide, otherwise they go to a temporary folder and the guide is left as it is.
 */
const folder =
  process.env.UPDATE_GUIDE_SCREENSHOTS === "1"
    ? resolve(import.meta.dirname, "../../docs/guide/bilder")
    : mkdtempSync(join(tmpdir(), "fcs-guide-"));

describe.skipIf(!browserCheck.available)("the user guide's pictures", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function as(email: string, shoot: (page: Page) => Promise<void>) {
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    try {
      await signInThroughPage(page, email);
      await shoot(page);
    } finally {
      await context.close();
    }
  }

  /** One picture of the page as it stands, once the heading the guide speaks of is there. */
  async function picture(page: Page, url: string, heading: RegExp, name: string) {
    await page.goto(url);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await page.waitForLoadState("networkidle");
    const file = join(folder, `${name}.png`);
    await page.screenshot({ path: file });
    expect(statSync(file).size, name).toBeGreaterThan(10_000);
  }

  it("shows the county coordinator's year, results, report and users", async () => {
    await as("lansamordnare.skane@demo.local", async (page) => {
      await picture(page, "/", /Start/, "start-lansamordnare");
      await picture(page, "/arets-uppfoljning", /Årets uppföljning/, "arets-uppfoljning");
      await picture(page, "/resultat?enkat=besok_vuxen&omrade=region%3A12", /Resultat/, "resultat");
      await picture(page, "/rapport?omrade=region%3A12", /Årsrapport|Familjecentraler/, "arsrapport");
      await picture(page, "/anvandare", /Användare/, "anvandare");
    });
  });

  it("shows the local coordinator's collection and follow-up", async () => {
    const headers = (await signInDemo(server.baseUrl, "samordnare@demo.local")).headers;
    const centreId = await demoMalmoCentreId(server.baseUrl, headers);
    await as("samordnare@demo.local", async (page) => {
      await picture(page, "/", /Start/, "start-samordnare");
      await picture(page, `/familjecentraler/${centreId}/insamling`, /Insamling/, "insamling");
      await picture(
        page,
        `/familjecentraler/${centreId}/uppfoljning/2026`,
        /Kvalitetsuppföljning/,
        "kvalitetsuppfoljning",
      );
    });
  });
});
