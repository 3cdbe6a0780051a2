import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { linkIn, startMailServer, type TestMailServer } from "../support/smtp.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { signInThroughPage } from "./support/demo.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();
const newPassword = "Ljungen blommar på Söderåsen";

describe.skipIf(!browserCheck.available)("accounts with e-mail", () => {
  let smtp: TestMailServer;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    smtp = await startMailServer();
    [server, browser] = await Promise.all([
      startServer({
        SMTP_URL: smtp.url,
        MAIL_FROM: "Familjecentraler <noreply@region.example>",
        PUBLIC_URL: "https://fcs.example",
      }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({ baseURL: server.baseUrl, locale: "sv-SE" });
    page = await context.newPage();
  });

  const signIn = (email: string, password: string) => signInThroughPage(page, email, password);

  async function choosePassword(path: string, heading: string) {
    await page.goto(path);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await page.getByLabel("Lösenord", { exact: true }).fill(newPassword);
    await page.getByLabel("Upprepa lösenordet").fill(newPassword);
    await page.getByRole("button", { name: "Spara lösenordet" }).click();
    await page.getByRole("link", { name: "Till inloggningen" }).waitFor();
  }

  it("lets an administrator switch a region on and invite its county coordinator, who gets the e-mail, chooses a password and signs in", async () => {
    await signIn("admin@demo.local", "demo1234");
    const menu = page.getByRole("navigation", { name: "Huvudmeny" });
    await menu.getByRole("link", { name: "Regioner" }).click();
    await page.getByRole("heading", { level: 1, name: "Regioner" }).waitFor();
    await expect.poll(() => page.getByRole("table").getByRole("rowheader").count()).toBe(21);
    await expectNoAxeViolations(page, "the regions page");
    const region = page.getByRole("row", { name: /Västra Götalands län/ });
    await region.getByRole("button", { name: "Slå på – Västra Götalands län" }).click();
    await expect.poll(() => region.getByRole("cell").nth(4).textContent()).toBe("På");
    await region
      .getByLabel("Riktlinje för Västra Götalands län")
      .selectOption({ label: "Vägledning för familjecentraler, Region Skåne" });
    await region.getByRole("link", { name: "Bjud in länssamordnare – Västra Götalands län" }).click();

    await page.getByRole("heading", { level: 1, name: "Användare" }).waitFor();
    await expect.poll(() => page.getByRole("table").getByRole("rowheader").allTextContents()).toContain("Ada Admin");
    await expectNoAxeViolations(page, "the user administration");
    const form = page.getByRole("form", { name: "Ny användare" });
    expect(await form.getByLabel("Roll").inputValue()).toBe("county_coordinator");
    expect(await form.getByLabel("Region").inputValue()).toBe("14");
    await form.getByLabel("Namn").fill("Örjan Länssamordnare");
    await form.getByLabel("E-postadress").fill("orjan@vgregion.example");
    await form.getByRole("button", { name: "Skapa och bjud in" }).click();
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContain("En länk har skickats med e-post till Örjan Länssamordnare (orjan@vgregion.example).");
    const row = page.getByRole("row", { name: /Örjan Länssamordnare/ });
    await expect.poll(() => row.textContent()).toContain("Inbjuden");
    await expect.poll(() => row.textContent()).toContain("Västra Götalands län");

    const mail = await smtp.waitFor("orjan@vgregion.example");
    expect(mail.subject).toBe("Välkommen till Familjecentralsuppföljningen");
    // The invited person opens the mail on their own computer.
    await context.close();
    context = await browser.newContext({ baseURL: server.baseUrl, locale: "sv-SE" });
    page = await context.newPage();
    await choosePassword(linkIn(mail), "Välj ditt lösenord");
    await signIn("orjan@vgregion.example", newPassword);
    await expect.poll(() => page.locator(".role-badge").textContent()).toBe("Länssamordnare");
  });

  it("lets a user who forgot the password get a link by e-mail and choose a new one", async () => {
    await page.goto("/logga-in");
    await page.getByRole("link", { name: "Glömt lösenordet?" }).click();
    await page.getByRole("heading", { level: 1, name: "Glömt lösenordet" }).waitFor();
    await expectNoAxeViolations(page, "the forgotten-password page");
    await page.getByLabel("E-postadress").fill("lasare@demo.local");
    await page.getByRole("button", { name: "Skicka länken" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("Om det finns ett konto med den adressen");

    const mail = await smtp.waitFor("lasare@demo.local", /Nytt lösenord/);
    await choosePassword(linkIn(mail), "Välj ett nytt lösenord");
    await expectNoAxeViolations(page, "the new-password page");
    await signIn("lasare@demo.local", newPassword);
  });
});
