import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { signInDemo, signInThroughPage } from "./support/demo.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();
const openingHours = "Hur många timmar i veckan har alla grundverksamheter gemensamt öppet för besökare?";

/** The follow-up form never drops what was typed: not when leaving for another page, not when the sign-in expires. */
describe.skipIf(!browserCheck.available)("unsaved answers of the quality follow-up", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let followUpPath: string;
  let followUpApi: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const { headers } = await signInDemo(server.baseUrl, "samordnare@demo.local");
    const { centres } = (await fetch(`${server.baseUrl}/api/centres`, { headers }).then((r) => r.json())) as {
      centres: { id: string; municipality: { name: string } }[];
    };
    const lund = centres.find((c) => c.municipality.name === "Lund");
    if (!lund) throw new Error("the demo coordinator has no centre in Lund");
    followUpPath = `/familjecentraler/${lund.id}/uppfoljning/2026`;
    followUpApi = `/api/centres/${lund.id}/follow-ups/2026`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({
      baseURL: server.baseUrl,
      locale: "sv-SE",
      viewport: { width: 1366, height: 900 },
    });
    page = await context.newPage();
    await signIn();
  });

  const signIn = () => signInThroughPage(page, "samordnare@demo.local");
  const openingHoursField = async () => {
    await page.goto(followUpPath);
    await page.locator(".sd-question").first().waitFor();
    await page.getByRole("menuitemradio", { name: "Gemensamt öppet" }).click();
    return page.getByRole("spinbutton", { name: openingHours });
  };

  it("saves an answer typed just before leaving for another page of the app", async () => {
    const field = await openingHoursField();
    await field.fill("33");
    // At once, well inside the second the form waits before saving.
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Start" }).click();
    await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
    // On the server, not only in the tab.
    const saved = () =>
      page.evaluate(async (path) => {
        // The tab's own session cookie goes with it.
        const response = await fetch(path);
        return ((await response.json()) as { answers: Record<string, unknown> }).answers.gemensamt_oppet_timmar;
      }, followUpApi);
    await expect.poll(saved, { timeout: 15_000 }).toBe(33);
  });

  it("brings back what was typed when the sign-in ended before it was saved, and saves it", async () => {
    const field = await openingHoursField();
    // The session ends on the server (as when it expires) while the page is open; the browser still holds its cookie.
    const token = (await context.cookies()).find((c) => c.name === "fcs_session")?.value;
    await fetch(`${server.baseUrl}/api/auth/logout`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
    await field.fill("44");
    await field.press("Tab");
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
    await page.getByText("Du har loggats ut.").waitFor();

    await page.getByLabel("E-postadress").fill("samordnare@demo.local");
    await page.getByLabel("Lösenord").fill("demo1234");
    await page.getByRole("button", { name: "Logga in" }).click();
    // Back on the follow-up it left from, with what was typed put back (and saved at once, so no reload here).
    await page.waitForURL((url) => url.pathname === followUpPath);
    await page.getByText(/har lagts tillbaka och sparas nu/).waitFor();
    await page.getByRole("menuitemradio", { name: "Gemensamt öppet" }).click();
    const again = page.getByRole("spinbutton", { name: openingHours });
    expect(await again.inputValue()).toBe("44");
    await page.getByText(/Sparat kl\./).waitFor();
    await expectNoAxeViolations(page, "the follow-up with restored answers");

    // Saved on the server, not only kept in the tab.
    await page.evaluate(() => {
      for (const key of Object.keys(sessionStorage))
        if (key.startsWith("fcs-followup-draft:")) sessionStorage.removeItem(key);
    });
    expect(await (await openingHoursField()).inputValue()).toBe("44");
  });

  it("stops the form, keeping what was typed in view, when a colleague saved in between", async () => {
    const field = await openingHoursField();
    // The same follow-up open in a second tab (a colleague's, or one's own), signed in by the same session.
    const colleague = await context.newPage();
    await colleague.goto(followUpPath);
    await colleague.locator(".sd-question").first().waitFor();
    await colleague.getByRole("menuitemradio", { name: "Gemensamt öppet" }).click();
    const theirs = colleague.getByRole("spinbutton", { name: openingHours });
    await theirs.fill("12");
    await theirs.press("Tab");
    await colleague.getByText(/Sparat kl\./).waitFor();

    await field.fill("55");
    await field.press("Tab");
    await page
      .getByRole("alert")
      .getByText(/Någon annan har ändrat kvalitetsuppföljningen/)
      .waitFor();
    await expect.poll(() => field.inputValue()).toBe("55");
    await expect.poll(() => field.isEditable()).toBe(false);
    await page.getByRole("button", { name: "Ladda om sidan" }).waitFor();
  });

  it("takes away a refused submission's list of what is missing as soon as the form is changed", async () => {
    const field = await openingHoursField();
    await field.fill("");
    await page.getByRole("button", { name: "Skicka in för granskning" }).click();
    const refusal = page.locator(".action-panel").getByRole("alert");
    await refusal.getByText("Kvalitetsuppföljningen är inte komplett.", { exact: false }).waitFor();
    expect(await refusal.textContent()).not.toContain("details");
    await field.fill("20");
    await field.press("Tab");
    await refusal.waitFor({ state: "detached" });
  });

  it("reads in the app's typeface and colours, fits the slussning grid at 1366 px and keeps every answer in reach at 200 % zoom", async () => {
    await page.goto(followUpPath);
    await page.locator(".sd-question").first().waitFor();
    const look = await page.evaluate(() => {
      const root = document.querySelector(".sd-root-modern") as HTMLElement;
      const title = document.querySelector(".sd-title, .sd-header__text h3, .sd-root-modern h3") as HTMLElement;
      return {
        brand: root.style.getPropertyValue("--sjs2-color-project-brand-600"),
        surface: root.style.getPropertyValue("--sjs2-color-utility-surface-survey"),
        titleFont: getComputedStyle(title).fontFamily,
        bodyFont: getComputedStyle(document.body).fontFamily,
      };
    });
    expect(look).toMatchObject({ brand: "#00508c", surface: "#f3f5f8" });
    expect(look.titleFont).toBe(look.bodyFont);
    expect(look.titleFont).not.toContain("Open Sans");

    await page.getByRole("menuitemradio", { name: "Öppen förskola, slussning och gemensamt arbete" }).click();
    const grid = page.locator(".sd-question", { hasText: "Slussning under året" }).first();
    await grid.waitFor();
    // Twelve flows between four services: no cell from a service to itself.
    expect(await grid.locator("input").count()).toBe(12);
    const fits = await grid
      .locator(".sd-question__content")
      .evaluate((content) => content.scrollWidth <= content.clientWidth + 1);
    expect(fits).toBe(true);

    // 200 % zoom of a 1366 × 768 screen: no text runs out of view on any section.
    const zoomed = await browser.newContext({
      baseURL: server.baseUrl,
      locale: "sv-SE",
      viewport: { width: 683, height: 384 },
      deviceScaleFactor: 2,
    });
    const small = await zoomed.newPage();
    await signInThroughPage(small, "samordnare@demo.local");
    await small.goto(followUpPath);
    await small.locator(".sd-question").first().waitFor();
    for (const section of await small.getByRole("menuitemradio").allTextContents()) {
      await small.getByRole("menuitemradio", { name: section, exact: true }).click();
      const cut = await small.evaluate(() =>
        Array.from(document.querySelectorAll(".sd-root-modern *"))
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .filter((el) => ["hidden", "clip"].includes(getComputedStyle(el).overflowX))
          .map((el) => el.textContent?.slice(0, 40)),
      );
      expect(cut, section).toEqual([]);
    }
    await zoomed.close();
  });
});
