import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { signInDemo, useSession } from "./support/demo.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();

describe.skipIf(!browserCheck.available)("a county coordinator's centres and coordinators", () => {
  let server: RunningServer;
  let browser: Browser;
  let county: BrowserContext;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const { session } = await signInDemo(server.baseUrl, "lansamordnare.skane@demo.local");
    county = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
    // Signed in through the API: this flow is not about signing in.
    await useSession(county, server.baseUrl, session);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("adds a centre, invites its coordinator, who sets a password through the link and signs in", async () => {
    const page = await county.newPage();
    await page.goto("/familjecentraler");
    await page.getByRole("link", { name: "Lägg till familjecentral" }).click();
    await page.getByRole("heading", { level: 1, name: "Ny familjecentral" }).waitFor();
    await page.getByLabel("Kommun").selectOption({ label: "Ystad" });
    await expectNoAxeViolations(page, "the new centre form");
    await page.getByLabel("Namn", { exact: true }).fill("Familjecentralen Sandskogen");
    await page.getByRole("button", { name: "Lägg till" }).click();
    await page.getByRole("heading", { level: 1, name: "Hantera Familjecentralen Sandskogen" }).waitFor();
    await page.getByText("Familjecentralen har ingen samordnare ännu.").waitFor();
    await expectNoAxeViolations(page, "the manage centre page");

    await page.getByLabel("Namn", { exact: true }).last().fill("Ylva Ystad");
    await page.getByLabel("E-postadress").fill("ylva.ystad@example.se");
    await page.getByRole("button", { name: "Bjud in" }).click();
    const link = (await page.locator(".link-url").textContent()) ?? "";
    expect(link).toMatch(/\/inbjudan#[\w-]{40,}$/);
    await page.getByRole("rowheader", { name: "Ylva Ystad" }).waitFor();
    await page.getByText(/Inbjuden – länken gäller till/).waitFor();
    await expectNoAxeViolations(page, "the manage centre page with an invite");

    const invited = await browser.newContext({ baseURL: server.baseUrl });
    const welcome = await invited.newPage();
    await welcome.goto(link);
    await welcome.getByText("Välkommen, Ylva Ystad! Du loggar in med ylva.ystad@example.se.").waitFor();
    await expectNoAxeViolations(welcome, "the invite page");
    await welcome.getByLabel("Lösenord", { exact: true }).fill("sandskogen vid havet");
    await welcome.getByLabel("Upprepa lösenordet").fill("sandskogen vid havet");
    await welcome.getByRole("button", { name: "Spara lösenordet" }).click();
    await welcome.getByRole("link", { name: "Till inloggningen" }).click();
    await welcome.getByLabel("E-postadress").fill("ylva.ystad@example.se");
    await welcome.getByLabel("Lösenord").fill("sandskogen vid havet");
    await welcome.getByRole("button", { name: "Logga in" }).click();
    await welcome.getByRole("heading", { level: 3, name: "Familjecentralen Sandskogen" }).waitFor();
    await invited.close();

    await page.reload();
    await page.getByText("Aktiv", { exact: true }).waitFor();
  });

  it("ends a centre, which then leaves the list unless asked for", async () => {
    const page = await county.newPage();
    await page.goto("/familjecentraler");
    await page.getByRole("link", { name: "Hantera Familjecentralen Husie" }).click();
    await page.getByLabel("Sista dag").fill("2026-06-30");
    // Asked once more; the first time it is declined and nothing changes.
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Avsluta familjecentralen" }).click();
    await expect.poll(() => asked[0]).toMatch(/^Avsluta Familjecentralen Husie den 30 juni 2026\?/);
    await page.getByText("Familjecentralen är aktiv och följs upp varje år.").waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Avsluta familjecentralen" }).click();
    await page.getByText("Familjecentralen avslutades 30 juni 2026").waitFor();
    await page.goto("/familjecentraler");
    await page.getByRole("rowheader", { name: "Familjecentralen Rosengård" }).waitFor();
    expect(await page.getByRole("rowheader", { name: /Husie/ }).count()).toBe(0);
    await page.getByLabel("Visa också avslutade familjecentraler").check();
    await page.getByRole("rowheader", { name: /Familjecentralen Husie.*Avslutad/ }).waitFor();
  });
});
