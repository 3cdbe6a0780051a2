import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { signInDemo, useSession } from "./support/demo.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();
/** A year that has not begun, whenever the test runs. */
const coming = new Date().getFullYear() + 1;

describe.skipIf(!browserCheck.available)("the county coordinator keeps the region's guideline", () => {
  let server: RunningServer;
  let browser: Browser;
  let county: BrowserContext;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const { session } = await signInDemo(server.baseUrl, "lansamordnare.skane@demo.local");
    county = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1366, height: 900 } });
    await useSession(county, server.baseUrl, session);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("changes a threshold, adds a rule, is told what is missing, saves and publishes the coming year", async () => {
    const page = await county.newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(`/riktlinjer?ar=${coming}`);
    await page.getByRole("heading", { level: 1, name: `Riktlinjer för ${coming}` }).waitFor();
    await page.getByText("Inget sparat för året ännu.", { exact: false }).waitFor();
    await expectNoAxeViolations(page, "the guideline editor");

    const opening = page.locator("fieldset.rule-editor", { hasText: "Gemensamt öppet minst 15 timmar i veckan" });
    // The value first: the rule's box is found by its text, which changes next.
    await opening.locator("fieldset.rule-condition").getByLabel("Värde").fill("20");
    await opening.getByLabel("Vad som gäller").fill("Gemensamt öppet minst 20 timmar i veckan");

    await page.getByRole("button", { name: "Lägg till regel" }).click();
    const added = page.locator("fieldset.rule-editor").last();
    await added.getByLabel("Vad som gäller").fill("Gemensam handledning");
    await added.getByLabel("Fråga i kvalitetsuppföljningen").selectOption({ label: "Har ni gemensam handledning?" });
    await page.getByRole("button", { name: "Spara utkast" }).click();
    // Nothing is saved with a rule that does not say where it comes from.
    await page
      .getByRole("alert")
      .getByText(/Regel \d+: ange vad dokumentet säger \(citat\)/)
      .waitFor();

    await added.getByLabel("Avsnitt i dokumentet").fill("Styrgrupp");
    await added.getByLabel("Vad dokumentet säger (citat)").fill("gemensam handledning för familjecentralens personal");
    await page.getByRole("button", { name: "Spara utkast" }).click();
    await page.getByText("Utkastet är sparat.").waitFor();
    await page.getByText("Utkast. Det gäller inte förrän det publiceras.").waitFor();

    await page.getByRole("button", { name: "Publicera för året" }).click();
    await page.getByText("Publicerad. Riktlinjen gäller för året och framåt", { exact: false }).waitFor();
    const list = page.locator("ol.rule-list");
    expect(await list.textContent()).toContain("Gemensamt öppet minst 20 timmar i veckan");
    expect(await list.textContent()).toContain("Gemensam handledning");
    await expectNoAxeViolations(page, "a published guideline");
  });
});
