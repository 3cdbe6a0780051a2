import { mkdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { demoMalmoCentreId, signInDemo } from "./support/demo.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { spokenOn, stubVoices } from "./support/voices.ts";

const browserCheck = browserAvailability();

describe.skipIf(!browserCheck.available)("the visitor kiosk", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let coordinator: { authorization: string };
  let malmoCentreId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    coordinator = (await signInDemo(server.baseUrl, "samordnare@demo.local")).headers;
    malmoCentreId = await demoMalmoCentreId(server.baseUrl, coordinator);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({
      baseURL: server.baseUrl,
      hasTouch: true,
      viewport: { width: 1024, height: 768 },
    });
    page = await context.newPage();
  });

  async function enrolTablet(query = "") {
    const { code } = await fetch(`${server.baseUrl}/api/centres/${malmoCentreId}/kiosk-enrolments`, {
      method: "POST",
      headers: { ...coordinator, "content-type": "application/json" },
      body: JSON.stringify({ label: "Väntrummet" }),
    }).then((r) => r.json());
    await page.goto(`/kiosk${query}`);
    await page.getByLabel("Kod").fill(code);
    await page.getByRole("button", { name: "Registrera" }).click();
    await page.getByRole("heading", { name: "Vad tycker du om familjecentralen?" }).waitFor();
  }

  const question = (title: string) => page.locator(".survey-question-title", { hasText: title });
  const respondents = async (survey: "besok_barn" | "besok_vuxen" = "besok_barn") => {
    const counts = await fetch(`${server.baseUrl}/api/centres/${malmoCentreId}/response-counts?year=2026`, {
      headers: coordinator,
    }).then((r) => r.json());
    return counts[survey] as number;
  };

  /** Answers each page as it comes, in any language: the highest rating, the first option, no free text. */
  async function answerEveryPage() {
    for (;;) {
      const progress = (await page.locator(".survey-progress-text").textContent()) ?? "";
      const [at, of] = (progress.match(/\d+/g) ?? []).map(Number);
      for (const item of await page.locator(".survey-question").all()) {
        const options = item.locator(".survey-option");
        if ((await options.count()) === 0) continue;
        const rating = (await item.locator(".survey-scale, .survey-smileys").count()) > 0;
        await (rating ? options.last() : options.first()).click();
      }
      await page.locator(".survey-navigation button[type=submit]").click();
      if (at === of) return;
      await page.locator(".survey-progress-text", { hasNotText: progress }).waitFor();
    }
  }

  it("enrols with the coordinator's code and shows the start screen in Swedish, passing axe-core", async () => {
    await page.goto("/kiosk");
    await page.getByRole("heading", { name: "Registrera surfplattan" }).waitFor();
    await expectNoAxeViolations(page, "the kiosk enrolment screen");
    await enrolTablet();
    expect(await page.getByText("Familjecentralen Rosengård").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "العربية" }).getAttribute("dir")).toBe("rtl");
    await expectNoAxeViolations(page, "the kiosk start screen");
    await page.getByRole("button", { name: "العربية" }).click();
    await page.getByRole("heading", { name: "ما رأيك في مركز الأسرة؟" }).waitFor();
    await expectNoAxeViolations(page, "the kiosk start screen in Arabic");
  });

  it("downloads only the kiosk: under 130 KB of script compressed, without the staff app's server state", async () => {
    // What the page itself loads to start; the service worker's later precache of the whole app is left out.
    const fresh = await browser.newContext({ baseURL: server.baseUrl, serviceWorkers: "block" });
    const tablet = await fresh.newPage();
    const scripts = new Map<string, Buffer>();
    tablet.on("response", async (response) => {
      if (response.url().endsWith(".js") && response.ok()) scripts.set(response.url(), await response.body());
    });
    await tablet.goto("/kiosk");
    await tablet.getByRole("heading", { name: "Registrera surfplattan" }).waitFor();
    await tablet.waitForLoadState("networkidle");
    await fresh.close();
    const app = [...scripts].filter(([url]) => url.includes("/assets/"));
    const compressed = app.reduce((sum, [, body]) => sum + gzipSync(body).length, 0);
    expect(app.length).toBeGreaterThan(0);
    expect(compressed).toBeLessThan(130 * 1024);
    // The staff pages, TanStack Query and the schema library stay out of the tablet's first download.
    for (const [url, body] of app) {
      expect(body.includes("QueryClient"), url).toBe(false);
      expect(body.includes("~kind"), url).toBe(false);
    }
  });

  it("stays in the loop on the back button, and needs the staff PIN to leave kiosk mode", async () => {
    const pin = await fetch(`${server.baseUrl}/api/centres/${malmoCentreId}/kiosk-pin`, {
      method: "PUT",
      headers: { ...coordinator, "content-type": "application/json" },
      body: JSON.stringify({ pin: "471147" }),
    });
    expect(pin.status).toBe(204);
    await page.goto("/");
    await enrolTablet();
    await page.goBack();
    await startScreen().waitFor();
    expect(new URL(page.url()).pathname).toBe("/kiosk");

    await page.getByRole("button", { name: "Personal" }).click();
    const dialog = page.getByRole("dialog", { name: "För personal" });
    await dialog.getByLabel("Personal-PIN").fill("000000");
    await dialog.getByRole("button", { name: "Lås upp" }).click();
    await dialog.getByText("Fel PIN.").waitFor();
    await expectNoAxeViolations(page, "the staff PIN dialog");
    await dialog.getByLabel("Personal-PIN").fill("471147");
    await dialog.getByRole("button", { name: "Lås upp" }).click();
    await dialog.getByRole("button", { name: "Avsluta kioskläget" }).click();
    // Asked once more: leaving de-registers the tablet.
    await dialog.getByText(/behöver en ny kod/).waitFor();
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await dialog.getByRole("button", { name: "Avsluta kioskläget" }).click();
    await dialog.getByRole("button", { name: "Ja, avsluta kioskläget" }).click();
    await page.getByRole("heading", { name: "Registrera surfplattan" }).waitFor();
  });

  it("shows the adult survey in Arabic right to left", async () => {
    await enrolTablet();
    await page.getByRole("button", { name: "العربية" }).click();
    await page.getByRole("heading", { name: "ما رأيك في مركز الأسرة؟" }).waitFor();
    await page.getByRole("button", { name: /شخص بالغ/ }).click();
    await question("من أنت؟").waitFor();
    expect(await page.locator("main").getAttribute("dir")).toBe("rtl");
    expect(await page.locator(".kiosk-survey").getAttribute("dir")).toBe("rtl");
    // In logical order, as an Arabic reader says it: "page 1 of N", not survey-core's "N page 1 of".
    expect(await page.locator(".survey-progress-text").textContent()).toMatch(/^الصفحة 1 من \d+$/);
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/kiosk-arabic.png" });
    await expectNoAxeViolations(page, "an Arabic question page");
    const before = await respondents("besok_vuxen");
    await answerEveryPage();
    await page.getByRole("heading", { name: "شكرًا لك على إجاباتك!" }).waitFor();
    await expect.poll(() => respondents("besok_vuxen")).toBe(before + 1);
  });

  it("takes an adult's answers in Swedish by keyboard, naming a required question left out", async () => {
    await enrolTablet("?thanks=1");
    const before = await respondents("besok_vuxen");
    await page.getByRole("button", { name: /Vuxen/ }).click();
    await question("Vem är du?").waitFor();
    await page.getByRole("button", { name: "Nästa" }).press("Enter");
    await page.getByRole("button", { name: "Nästa" }).press("Enter");
    await question("Jag känner mig välkommen").waitFor();
    await page.getByRole("button", { name: "Nästa" }).press("Enter");
    // Each unanswered required question says so, and the first one gets the focus.
    expect(await page.getByRole("alert").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("valkommen");
    await page.keyboard.press("Space");
    expect(await page.getByRole("radio", { name: "1 Stämmer inte alls" }).first().isChecked()).toBe(true);
    await expectNoAxeViolations(page, "a question page with required answers missing");
    await answerEveryPage();
    await page.getByRole("heading", { name: "Tack för dina svar!" }).waitFor();
    await expect.poll(() => respondents("besok_vuxen")).toBe(before + 1);
  });

  const startScreen = () => page.getByRole("heading", { name: "Vad tycker du om familjecentralen?" });

  async function answerChildSurvey(checkAccessibility = false) {
    await page.getByRole("button", { name: /Barn/ }).click();
    const next = page.getByRole("button", { name: "Nästa" });
    // Who answers comes first, so a helping adult knows the questions are the child's.
    await question("Vem svarar?").waitFor();
    await page.getByText("Jag och en vuxen").click();
    await next.click();
    await question("Tycker du om att vara här?").waitFor();
    if (checkAccessibility) await expectNoAxeViolations(page, "the child survey");
    // "Nej" and "Ja" stand right under the sad and the happy face.
    expect(await page.locator(".survey-smileys .survey-face-label").allTextContents()).toEqual(["Nej", "Ja"]);
    await page.locator(".survey-smileys .survey-option").last().click();
    await next.click();
    await question("Är de vuxna här snälla och lyssnar på dig?").waitFor();
    await page.locator(".survey-smileys .survey-option").last().click();
    await next.click();
    await question("Vad tycker du om att göra här?").waitFor();
    await page.getByText("Sjunga").click();
    await next.click();
    // A question one may skip says so.
    await question("Vill du ändra på något här? (valfritt)").waitFor();
    await next.click();
    await page.getByText("4–5 år").click();
    await page.getByRole("button", { name: "Skicka" }).click();
    await page.getByRole("heading", { name: "Tack för dina svar!" }).waitFor();
    await startScreen().waitFor();
  }

  it("says outside the collection period, in every visitor language, that no answers are taken now", async () => {
    const link = await context.newPage();
    // The server's own status, as it reads between two periods: nothing open today.
    await link.route("**/api/kiosk/status", async (route) => {
      const response = await route.fetch();
      const status = (await response.json()) as { surveys: { open: boolean }[] };
      await route.fulfill({
        response,
        json: { ...status, surveys: status.surveys.map((s) => ({ ...s, open: false })) },
      });
    });
    await link.goto("/enkat/besok#demo-besok-malmo");
    await link.getByRole("heading", { name: "Just nu samlar vi inte in svar. Välkommen tillbaka!" }).waitFor();
    const others = link.locator(".kiosk-closed-languages li");
    expect(await others.count()).toBe(10);
    expect(await link.locator('.kiosk-closed-languages li[lang="ar"]').getAttribute("dir")).toBe("rtl");
    await link.getByText("We are not collecting answers right now. Welcome back!").waitFor();
    await expectNoAxeViolations(link, "the closed start screen");
    await link.close();
  });

  it("reads a question aloud in the survey's language where the device has such a voice, and offers nothing where it has none", async () => {
    const link = await context.newPage();
    // The device's voices, stubbed: an Arabic one only. What would be spoken is recorded.
    await stubVoices(link, [{ lang: "ar-SA", name: "Arabiska (test)" }]);
    await link.goto("/enkat/besok#demo-besok-malmo");
    await link.getByRole("button", { name: /Barn/ }).click();
    await link.locator(".survey-question-title", { hasText: "Vem svarar?" }).waitFor();
    expect(await link.getByRole("button", { name: /Lyssna/ }).count()).toBe(0);

    await link.getByRole("button", { name: "Avbryt" }).click();
    await link.getByRole("alertdialog").getByRole("button", { name: "Ja, avbryt" }).click();
    await link.getByRole("button", { name: "العربية" }).click();
    await link.getByRole("button", { name: /طفل/ }).click();
    await link.locator(".survey-question-title", { hasText: "من يجيب؟" }).waitFor();
    await link.getByRole("button", { name: /استمع/ }).click();
    const spoken = await spokenOn(link);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe("ar-SA");
    expect(spoken[0]?.text).toMatch(/^من يجيب؟\. أنا وحدي\. أنا وشخص كبير$/);
    await expectNoAxeViolations(link, "a question with its read-aloud button");
    await link.close();
  });

  it("offers easy-to-read Swedish as a language of its own, read aloud in a Swedish voice", async () => {
    const link = await context.newPage();
    await stubVoices(link, [{ lang: "sv-SE", name: "Svenska (test)" }]);
    await link.goto("/enkat/besok#demo-besok-malmo");
    const easy = link.getByRole("button", { name: "Lättläst svenska" });
    expect(await easy.getAttribute("lang")).toBe("sv-x-lattlast");
    await easy.click();
    await link.getByRole("button", { name: /Vuxen/ }).click();
    const question = link.locator(".survey-question", {
      has: link.locator(".survey-question-title", { hasText: "Hur ofta är du här?" }),
    });
    await question.waitFor();
    await question.getByRole("button", { name: /Lyssna/ }).click();
    const spoken = await spokenOn(link);
    expect(spoken).toEqual([
      {
        lang: "sv-SE",
        text: "Hur ofta är du här?. Det är första gången. Några gånger varje år. Någon gång varje månad. Varje vecka eller oftare",
      },
    ]);
    await expectNoAxeViolations(link, "the adult survey in easy-to-read Swedish");
    await link.close();
  });

  it("shows the child survey in Arabic right to left, passing axe-core", async () => {
    await enrolTablet();
    await page.getByRole("button", { name: "العربية" }).click();
    await page.getByRole("button", { name: /طفل/ }).click();
    await question("من يجيب؟").waitFor();
    await page.getByText("أنا وحدي").click();
    await page.getByRole("button", { name: "التالي" }).click();
    await question("هل تحب أن تكون هنا؟").waitFor();
    expect(await page.locator(".kiosk-survey").getAttribute("dir")).toBe("rtl");
    await page.locator(".survey-smileys .survey-option").last().click();
    await page.screenshot({ path: "test-results/kiosk-child-arabic.png" });
    await expectNoAxeViolations(page, "the child survey in Arabic");
  });

  it("takes a child's answers to the end, thanks, and returns to the start by itself", async () => {
    await enrolTablet("?thanks=1");
    const before = await respondents();
    // A child who tapped by mistake can leave after a confirmation; the survey's introduction is on page 1.
    await page.getByRole("button", { name: /Barn/ }).click();
    await question("Vem svarar?").waitFor();
    await page.getByText("Tryck på det som stämmer för dig.").waitFor();
    await page.getByText("Jag själv").click();
    await page.getByRole("button", { name: "Avbryt" }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.getByText("Dina svar sparas inte.", { exact: false }).waitFor();
    await expectNoAxeViolations(page, "the survey's cancel question");
    await confirm.getByRole("button", { name: "Nej, fortsätt" }).click();
    expect(await page.getByRole("radio", { name: "Jag själv" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Avbryt" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Ja, avbryt" }).click();
    await startScreen().waitFor();
    await answerChildSurvey(true);
    expect(await question("Tycker du om att vara här?").count()).toBe(0);
    await expect.poll(respondents).toBe(before + 1);
  });

  it("keeps completed answers offline and through a reload, then sends each exactly once", async () => {
    await enrolTablet("?thanks=1");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Once the service worker controls the page, a reload lets it cache the status and the definitions.
    await page.reload();
    await startScreen().waitFor();
    await page.waitForFunction(async () => (await (await caches.open("survey-definitions")).keys()).length >= 20);
    const before = await respondents();

    await context.setOffline(true);
    await answerChildSurvey();
    await answerChildSurvey();
    await page.getByText("2 svar väntar på att skickas").waitFor();
    await page.reload();
    await startScreen().waitFor();
    await page.getByText("2 svar väntar på att skickas").waitFor();
    expect(await respondents()).toBe(before);
    // Staff who ask to send now are told the tablet is offline (the PIN was set in the test above).
    await page.getByRole("button", { name: "Personal" }).click();
    const dialog = page.getByRole("dialog", { name: "För personal" });
    await dialog.getByLabel("Personal-PIN").fill("471147");
    await dialog.getByRole("button", { name: "Lås upp" }).click();
    await dialog.getByRole("button", { name: "Skicka väntande svar nu" }).click();
    await dialog.getByText("Surfplattan är inte uppkopplad.", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Stäng" }).click();

    await context.setOffline(false);
    await page.locator(".kiosk-queue").waitFor({ state: "detached" });
    await expect.poll(respondents).toBe(before + 2);
  });

  it("asks whether the visitor is still there, then discards a half-filled survey", async () => {
    await enrolTablet("?idle=1&warning=2");
    await page.getByRole("button", { name: /Vuxen/ }).click();
    await question("Vem är du?").waitFor();
    await page.getByText("Förälder", { exact: true }).click();
    await page.getByRole("alertdialog", { name: "Är du kvar?" }).waitFor();
    await page.getByRole("heading", { name: "Vad tycker du om familjecentralen?" }).waitFor();
    await page.getByRole("button", { name: /Vuxen/ }).click();
    await question("Vem är du?").waitFor();
    expect(await page.getByRole("radio", { name: "Förälder", exact: true }).isChecked()).toBe(false);
  });

  it("says so in the visitor's language when a survey cannot be loaded, then returns to the start", async () => {
    await context.close();
    context = await browser.newContext({ baseURL: server.baseUrl, serviceWorkers: "block" });
    page = await context.newPage();
    await context.route("**/api/surveys/**", (route) => route.abort());
    await enrolTablet("?thanks=1");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: /Adult/ }).click();
    await page.getByRole("alert").getByText("The survey cannot be shown right now. Please tell the staff.").waitFor();
    await page.getByRole("heading", { name: "Vad tycker du om familjecentralen?" }).waitFor();
  });

  it("tells staff when the tablet's token has been revoked", async () => {
    await enrolTablet();
    const { tokens } = await fetch(`${server.baseUrl}/api/centres/${malmoCentreId}/collection-tokens`, {
      headers: coordinator,
    }).then((r) => r.json());
    for (const token of tokens.filter(
      (x: { channel: string; revokedAt: string | null }) => x.channel === "kiosk" && !x.revokedAt,
    )) {
      await fetch(`${server.baseUrl}/api/centres/${malmoCentreId}/collection-tokens/${token.id}/revoke`, {
        method: "POST",
        headers: coordinator,
      });
    }
    await page.reload();
    await page.getByText("Surfplattan är inte längre registrerad").waitFor();
  });
});
