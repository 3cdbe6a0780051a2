import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { demoMalmoCentreId, signInDemo, useSession } from "./support/demo.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();
const openingHours = "Hur många timmar i veckan har alla grundverksamheter gemensamt öppet för besökare?";

describe.skipIf(!browserCheck.available)("the quality follow-up from draft to approval", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinator: BrowserContext;
  let county: BrowserContext;
  let followUpPath: string;

  const signedInContext = async (email: string) => {
    const { session } = await signInDemo(server.baseUrl, email);
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
    // Signed in through the API: this flow is not about signing in.
    await useSession(context, server.baseUrl, session);
    return context;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const { headers } = await signInDemo(server.baseUrl, "samordnare@demo.local");
    followUpPath = `/familjecentraler/${await demoMalmoCentreId(server.baseUrl, headers)}/uppfoljning/2026`;
    coordinator = await signedInContext("samordnare@demo.local");
    county = await signedInContext("lansamordnare.skane@demo.local");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const openFollowUp = async (context: BrowserContext) => {
    const page = await context.newPage();
    await page.goto(followUpPath);
    await page
      .getByRole("heading", { level: 1, name: "Kvalitetsuppföljning 2026 – Familjecentralen Rosengård" })
      .waitFor();
    await page.locator(".sd-question").first().waitFor();
    return page;
  };
  const status = (page: Page) => page.locator(".status").textContent();
  const setOpeningHours = async (page: Page, hours: string) => {
    await page.getByRole("menuitemradio", { name: "Gemensamt öppet" }).click();
    const field = page.getByRole("spinbutton", { name: openingHours });
    await field.fill(hours);
    await field.press("Tab");
    await page.getByText(/Sparat kl\./).waitFor();
  };

  it("keeps a draft the coordinator left by closing the page, and takes it in for review", async () => {
    const first = await openFollowUp(coordinator);
    expect(await status(first)).toBe("Inte påbörjad");
    await first.getByText(/svar är ifyllda från förra årets godkända uppföljning/).waitFor();
    await expectNoAxeViolations(first, "the follow-up form, not started");
    await setOpeningHours(first, "21");
    await first.close();

    const again = await openFollowUp(coordinator);
    expect(await status(again)).toBe("Utkast");
    await again.getByRole("menuitemradio", { name: "Gemensamt öppet" }).click();
    expect(await again.getByRole("spinbutton", { name: openingHours }).inputValue()).toBe("21");
    await again.getByText("Alla obligatoriska frågor är besvarade.").waitFor();
    await again.getByRole("button", { name: "Skicka in för granskning" }).click();
    await again.getByText("Inskickad för granskning", { exact: true }).waitFor();
    await expectNoAxeViolations(again, "the follow-up, submitted");
    await again.close();
  });

  it("lets the county coordinator find it in the year's progress and return it with a comment", async () => {
    const page = await county.newPage();
    await page.goto("/arets-uppfoljning");
    await page.getByRole("heading", { level: 1, name: "Årets uppföljning 2026 – Skåne" }).waitFor();
    await page.getByRole("rowheader", { name: "Familjecentralen Rosengård" }).waitFor();
    await expectNoAxeViolations(page, "the year's page");
    // Only the follow-ups waiting for review, by the status filter.
    const rows = page.locator(".progress-table tbody tr");
    const all = await rows.count();
    await page.getByLabel("Kvalitetsuppföljning", { exact: true }).selectOption({ index: 4 });
    await expect.poll(() => rows.count()).toBeLessThan(all);
    for (const status of await rows.locator("td:last-child").allTextContents()) expect(status).toMatch(/^Inskickad/);
    await page.getByLabel("Kvalitetsuppföljning", { exact: true }).selectOption("");
    await page.getByRole("link", { name: /öppna kvalitetsuppföljningen för Familjecentralen Rosengård/ }).click();
    await page.getByRole("heading", { name: "Granska", exact: true }).waitFor();
    await page.locator(".sd-question").first().waitFor();
    await expectNoAxeViolations(page, "the review page");
    // The decision comes after the form, and a link at the top leads there.
    const decisionAfterForm = await page.evaluate(() => {
      const lastQuestion = Array.from(document.querySelectorAll(".sd-question")).at(-1);
      const review = document.getElementById("review-title");
      return (
        !!lastQuestion &&
        !!review &&
        !!(lastQuestion.compareDocumentPosition(review) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    });
    expect(decisionAfterForm).toBe(true);
    await page.getByRole("link", { name: "Till granskningen" }).click();
    expect(new URL(page.url()).hash).toBe("#review-title");
    await page.getByLabel("Kommentar till samordnaren").fill("Stämmer verkligen 21 timmar gemensamt öppet?");
    await page.getByRole("button", { name: "Lämna tillbaka med kommentar" }).click();
    await page.getByText("Återlämnad för komplettering", { exact: true }).waitFor();
    await page.close();
  });

  it("shows the coordinator the comment; they correct and submit again", async () => {
    const page = await openFollowUp(coordinator);
    await page.getByText("Stämmer verkligen 21 timmar gemensamt öppet?").first().waitFor();
    await setOpeningHours(page, "18");
    await page.getByRole("button", { name: "Skicka in för granskning" }).click();
    await page.getByText("Inskickad för granskning", { exact: true }).waitFor();
    await page.close();
  });

  it("is approved by the county coordinator and is then read-only for the coordinator", async () => {
    const review = await openFollowUp(county);
    review.once("dialog", (dialog) => void dialog.accept());
    await review.getByRole("button", { name: "Godkänn" }).click();
    await review.getByText("Godkänd", { exact: true }).waitFor();
    // From the decision straight on to the next follow-up that waits in the region.
    const next = review.getByRole("region", { name: "Nästa att granska" });
    await next.getByText(/kvalitetsuppföljningar? till väntar på granskning\./).waitFor();
    const nextName = (await next.getByRole("link").textContent())?.split(",")[0] ?? "";
    await next.getByRole("link").click();
    await review.getByRole("heading", { level: 1, name: `Kvalitetsuppföljning 2026 – ${nextName}` }).waitFor();
    await review.getByRole("heading", { name: "Granska", exact: true }).waitFor();
    await review.close();

    const page = await openFollowUp(coordinator);
    expect(await status(page)).toBe("Godkänd");
    await page.getByRole("menuitemradio", { name: "Gemensamt öppet" }).click();
    const field = page.getByRole("spinbutton", { name: openingHours });
    expect(await field.inputValue()).toBe("18");
    expect(await field.isEditable()).toBe(false);
    expect(await page.getByRole("button", { name: "Skicka in för granskning" }).count()).toBe(0);
    await page.getByRole("heading", { name: "Historik" }).waitFor();
    expect(await page.locator(".history li").count()).toBe(6);
    // What the county coordinator asked stays in the history after it was put right.
    expect(await page.locator(".history .history-comment").allTextContents()).toEqual([
      "Stämmer verkligen 21 timmar gemensamt öppet?",
    ]);
    await expectNoAxeViolations(page, "the approved follow-up");
  });
});
