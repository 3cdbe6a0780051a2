import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { signInThroughPage } from "./support/demo.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();

describe.skipIf(!browserCheck.available)("signing in and seeing one's centres", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({ baseURL: server.baseUrl, locale: "sv-SE" });
    page = await context.newPage();
  });

  const signIn = (email: string) => signInThroughPage(page, email);

  it("sends a visitor to the login page, which passes axe-core", async () => {
    await page.goto("/familjecentraler");
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/logga-in");
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await expectNoAxeViolations(page, "the login page");
  });

  it("tells a wrong password without saying whether the e-mail exists", async () => {
    await page.goto("/logga-in");
    await page.getByLabel("E-postadress").fill("samordnare@demo.local");
    await page.getByLabel("Lösenord").fill("fel-lösenord");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toBe("Fel e-postadress eller lösenord.");
    await expectNoAxeViolations(page, "the login page with an error");
  });

  it("lets the local coordinator sign in and see exactly their two centres", async () => {
    await signIn("samordnare@demo.local");
    await expect.poll(() => page.getByRole("main").textContent()).toContain("2 familjecentraler i Skåne län");
    await expectNoAxeViolations(page, "the start page");
    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Mina familjecentraler" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Mina familjecentraler" }).waitFor();
    const rows = page.getByRole("table").getByRole("rowheader");
    await expect.poll(() => rows.allTextContents()).toEqual(["Familjecentralen Linero", "Familjecentralen Rosengård"]);
    await expectNoAxeViolations(page, "the centre list");
  });

  it("lets the county coordinator of Skåne see only Skåne's centres and filter by municipality", async () => {
    await signIn("lansamordnare.skane@demo.local");
    // The desk says what waits: the follow-ups submitted for review, with the way there.
    const tasks = page.getByRole("region", { name: "Skåne län" });
    await tasks.getByText(/kvalitetsuppföljningar? väntar på din granskning\./).waitFor();
    expect(Number(await tasks.locator(".task-count").first().textContent())).toBeGreaterThan(0);
    await tasks.getByRole("link", { name: "Granska" }).waitFor();
    await expectNoAxeViolations(page, "the county coordinator's start page");
    await page.getByRole("link", { name: "Familjecentraler", exact: true }).click();
    const caption = page.locator("caption");
    await expect.poll(() => caption.textContent()).toMatch(/^4\d familjecentraler inom din behörighet$/);
    const regions = await page.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(new Set(regions)).toEqual(new Set(["Skåne län"]));
    await page.getByLabel("Kommun").selectOption({ label: "Malmö" });
    await expect.poll(() => caption.textContent()).toBe("7 familjecentraler inom din behörighet");
    await expectNoAxeViolations(page, "the filtered centre list");
  });

  it("works by keyboard alone, and logging out ends the session", async () => {
    await page.goto("/logga-in");
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.type("lasare@demo.local");
    await page.keyboard.press("Tab");
    await page.keyboard.type("demo1234");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
    await page.goto("/familjecentraler");
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
  });

  it("is signed in in a second tab and at a bookmarked address, and signs out of every tab at once", async () => {
    await signIn("lasare@demo.local");
    // The session is a cookie no script can read.
    expect(await page.evaluate(() => document.cookie)).toBe("fcs_signed_in=1");
    const second = await page.context().newPage();
    await second.goto("/familjecentraler");
    await second.getByRole("heading", { level: 1, name: "Familjecentraler" }).waitFor();
    expect(await second.getByRole("button", { name: "Logga ut" }).isVisible()).toBe(true);

    await second.getByRole("button", { name: "Logga ut" }).click();
    await second.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
    // The first tab hears of it at once and says so.
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
    await page.getByText("Du har loggats ut.").waitFor();
    await second.close();
  });

  it("says in Swedish, with a way out, when a page's code cannot be fetched", async () => {
    await signIn("lansamordnare.skane@demo.local");
    // As after a new version was installed while the tab was open: the page's file is gone.
    await page.route("**/assets/CentreListPage-*.js", (route) => route.abort());
    await page.getByRole("link", { name: "Familjecentraler", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Sidan kunde inte visas" }).waitFor();
    expect(await page.getByRole("button", { name: "Ladda om sidan" }).isVisible()).toBe(true);
  });

  it("lets a reader change their password by keyboard, and sign in with the new one", async () => {
    await signIn("lasare@demo.local");
    await page.getByRole("link", { name: "Byt lösenord" }).click();
    await page.getByRole("heading", { level: 1, name: "Byt lösenord" }).waitFor();
    await expectNoAxeViolations(page, "the change-password page");
    await page.getByLabel("Nuvarande lösenord").fill("demo1234");
    await page.getByLabel("Nytt lösenord", { exact: true }).fill("password1234");
    await page.getByLabel("Nytt lösenord igen").fill("password1234");
    await page.getByLabel("Nytt lösenord igen").press("Enter");
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/för lätt att gissa/);
    await page.getByLabel("Nytt lösenord", { exact: true }).fill("blåbär cykel trappa moln");
    await page.getByLabel("Nytt lösenord igen").fill("blåbär cykel trappa moln");
    await page.getByLabel("Nytt lösenord igen").press("Enter");
    await page.getByRole("status").getByText("Lösenordet är bytt.").waitFor();
    await expectNoAxeViolations(page, "the change-password page after a change");
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.getByLabel("E-postadress").fill("lasare@demo.local");
    await page.getByLabel("Lösenord").fill("blåbär cykel trappa moln");
    await page.getByRole("button", { name: "Logga in" }).click();
    // Signed in again, back on the page it left from.
    await page.getByRole("button", { name: "Logga ut" }).waitFor();
    await page.getByRole("heading", { level: 1, name: "Byt lösenord" }).waitFor();
  });
});
