import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoAnswers, demoCollectionTokens, seededRandom } from "@fcs/db/seed";
import { findInstrument } from "@fcs/surveys";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { demoMalmoCentreId, signInDemo, useSession } from "./support/demo.ts";
import { pdfToolsAvailability, readPdfPages } from "./support/office.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();
const pdfCheck = pdfToolsAvailability();

describe.skipIf(!browserCheck.available)("collection for a centre, as its coordinator", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let session: { token: string; user: unknown };
  let malmoCentreId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const signedIn = await signInDemo(server.baseUrl, "samordnare@demo.local");
    session = signedIn.session;
    malmoCentreId = await demoMalmoCentreId(server.baseUrl, signedIn.headers);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1280, height: 900 },
      permissions: ["clipboard-read", "clipboard-write"],
    });
    // Signed in through the API: this flow is not about signing in.
    await useSession(context, server.baseUrl, session);
    page = await context.newPage();
  });

  const openCollection = async () => {
    await page.goto(`/familjecentraler/${malmoCentreId}/insamling`);
    await page.getByRole("heading", { level: 1, name: "Insamling – Familjecentralen Rosengård" }).waitFor();
  };
  const spiderCount = () =>
    page
      .getByRole("row", { name: /Spindelmätning/ })
      .getByRole("cell")
      .textContent();

  it("shows the counts and enrols a tablet through the code's QR link", async () => {
    await openCollection();
    await expectNoAxeViolations(page, "the collection page");
    await page.getByLabel("Namn på surfplattan (valfritt)").fill("Väntrummet");
    await page.getByRole("button", { name: "Skapa kod" }).click();
    const code = (await page.locator(".enrolment-code").textContent()) ?? "";
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await page.getByRole("img", { name: /QR-kod som öppnar surfplattans registrering/ }).waitFor();
    await expectNoAxeViolations(page, "the collection page with a code");

    const tablet = await context.newPage();
    await tablet.goto(`/kiosk#kod=${code}`);
    expect(await tablet.getByLabel("Kod").inputValue()).toBe(code);
    await tablet.getByRole("button", { name: "Registrera" }).click();
    await tablet.getByRole("heading", { name: "Vad tycker du om familjecentralen?" }).waitFor();

    await page.reload();
    await page.getByRole("row", { name: /Väntrummet/ }).waitFor();
  });

  it("counts a tablet code down to its end, then takes its QR code away", async () => {
    await page.clock.install();
    await openCollection();
    await page.getByRole("button", { name: "Skapa kod" }).click();
    const countdown = page.locator(".code-countdown");
    await expect.poll(() => countdown.textContent()).toMatch(/^\((15 min 00|14 min \d\d) s kvar\)$/);
    await page.clock.fastForward("10:00");
    await expect.poll(() => countdown.textContent()).toMatch(/^\((5 min 00|4 min \d\d) s kvar\)$/);
    await page.clock.fastForward("05:01");
    await page.getByRole("alert").getByText("Koden har gått ut. Skapa en ny kod.").waitFor();
    expect(await page.getByRole("img", { name: /QR-kod som öppnar surfplattans registrering/ }).count()).toBe(0);
  });

  it.skipIf(!pdfCheck.available)(
    "names a visitor link and prints its poster on one A4 page, in every visitor language",
    async () => {
      // The browser's print dialog is the person's step; the test counts the call and prints to PDF itself.
      await page.addInitScript(() => {
        const counted = window as unknown as { printed: number };
        counted.printed = 0;
        window.print = () => {
          counted.printed += 1;
        };
      });
      await openCollection();
      await page.getByLabel("Var ska länken användas? (valfritt)").fill("Affisch i väntrummet");
      await page.getByRole("button", { name: "Skapa besökslänk" }).click();
      const handout = page.locator(".handout", { hasText: "Affisch i väntrummet" });
      const url = (await handout.locator(".link-url").textContent()) ?? "";
      expect(url).toContain("/enkat/besok#");
      await expectNoAxeViolations(page, "the collection page with a named link");
      await handout.getByRole("button", { name: "Skriv ut affisch" }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

      await page.emulateMedia({ media: "print" });
      expect(await page.locator("#root").isVisible()).toBe(false);
      expect(await page.getByTestId("poster").getByRole("img", { name: "QR-kod till enkäten" }).isVisible()).toBe(true);
      expect(await page.locator('.poster-welcome li[lang="ar"]').getAttribute("dir")).toBe("rtl");
      const file = join(mkdtempSync(join(tmpdir(), "fcs-poster-")), "affisch.pdf");
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      const pages = readPdfPages(file);
      expect(pages).toHaveLength(1);
      const text = pages[0] ?? "";
      for (const line of ["Vad tycker du om familjecentralen?", "What do you think of the family centre?"])
        expect(text).toContain(line);
      expect(text).toContain("Familjecentralen Rosengård");
      expect(text.replace(/\s+/g, " ")).toContain("Enkäten finns på tio språk och på lättläst svenska.");
      expect(text.replace(/\s+/g, "")).toContain(url);

      await page.emulateMedia({ media: "screen" });
      await page.reload();
      await page.getByRole("row", { name: /Affisch i väntrummet/ }).waitFor();
    },
  );

  it("hands out a staff link through which a colleague answers the spider, and the count rises", async () => {
    await openCollection();
    const before = Number(await spiderCount());
    await page.getByRole("button", { name: "Skapa personallänk" }).click();
    const url = (await page.locator(".link-url").first().textContent()) ?? "";
    expect(url).toContain("/enkat/personal#");
    // A visitor link made next does not take the staff link away: each is shown only this once.
    await page.getByRole("button", { name: "Skapa besökslänk" }).click();
    await expect.poll(() => page.locator(".link-url").count()).toBe(2);
    expect(await page.locator(".link-url").allTextContents()).toContain(url);
    await page.locator(".handout", { hasText: url }).getByRole("button", { name: "Kopiera länken" }).click();
    await page.getByText("Länken är kopierad.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    const staff = await context.newPage();
    // Thanks after a second on a tablet; on one's own phone the thanks must stay.
    await staff.goto(url.replace("#", "?thanks=1#"));
    await staff.getByRole("button", { name: "Starta spindelmätningen" }).click();
    await staff.getByText("Barnmorska", { exact: true }).click();
    await staff.getByRole("button", { name: "Nästa" }).click();
    for (let page = 0; page < 3; page++) {
      const questions = staff.locator(".survey-question");
      await questions.first().waitFor();
      for (const question of await questions.all()) await question.locator(".survey-option").nth(7).click();
      await staff.getByRole("button", { name: "Nästa" }).click();
    }
    await staff.getByRole("button", { name: "Skicka" }).click();
    await staff.getByRole("heading", { name: "Tack för dina svar!" }).waitFor();
    await staff.waitForTimeout(2_500);
    expect(await staff.getByRole("heading", { name: "Tack för dina svar!" }).isVisible()).toBe(true);
    await staff.reload();
    await staff.getByText("Den här enheten har redan använts för att svara på spindelmätningen").waitFor();

    await expect
      .poll(async () => {
        await page.reload();
        return Number(await spiderCount());
      })
      .toBe(before + 1);
  });

  it("shows a tablet's answers per day, flags a burst and leaves those answers out of the results", async () => {
    const instrument = findInstrument("besok_barn", 2026);
    if (!instrument) throw new Error("no child survey for 2026");
    const random = seededRandom(9);
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${server.baseUrl}/api/responses`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-collection-token": demoCollectionTokens.visitors },
        body: JSON.stringify({
          id: randomUUID(),
          survey: "besok_barn",
          year: 2026,
          locale: "sv",
          answers: demoAnswers(instrument, { level: -1, yearsIn: 0 }, random),
        }),
      });
      expect(response.status).toBe(201);
    }
    await openCollection();
    const section = page.getByRole("region", { name: "Demo: surfplatta i väntrummet (Surfplatta)" });
    await section.getByRole("row", { name: /Ovanligt många/ }).waitFor();
    await expectNoAxeViolations(page, "the collection page with answers per tablet");
    await section.getByLabel("Varför (sparas i loggen)").fill("Samma svar tolv gånger på en minut");
    await section.getByRole("button", { name: "Utesluta svaren" }).click();
    const excluded = page.getByRole("region", { name: "Uteslutna svar" });
    await excluded.getByRole("row", { name: /Demo: surfplatta i väntrummet .*Samma svar tolv gånger/ }).waitFor();
    await section.getByRole("row", { name: /Utesluten/ }).waitFor();
    await expectNoAxeViolations(page, "the collection page with an exclusion");
  });
});
