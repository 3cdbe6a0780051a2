import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.ts";
import { browserAvailability, launchBrowser } from "./support/browser.ts";
import { demoMalmoCentreId, signInDemo, useSession } from "./support/demo.ts";
import { pdfToolsAvailability, readPdfPages } from "./support/office.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const browserCheck = browserAvailability();
const pdfCheck = pdfToolsAvailability();

interface Definition {
  locale: string;
  locales: string[];
  definition: { title?: string; pages: { elements?: { name: string; title?: string }[] }[] };
}

/** Text as pdftotext gives it, comparable with the source: bidi marks dropped, presentation forms folded, spaces squeezed. */
const comparable = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim();
/**
 * Arabic-script text without lam and alef (a PDF's text layer gives their ligature in either
 * order) and without vowel marks (which it may move): enough to know the text was printed.
 */
const skeleton = (word: string) => word.replace(/[لاأإآ\u064b-\u065f\u0670]/g, "");

/** The paper forms for visitors the tablet does not reach, printed from the same definitions in every language. */
describe.skipIf(!browserCheck.available || !pdfCheck.available)("paper forms", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let centreId: string;
  const definition = (survey: string, locale: string): Promise<Definition> =>
    fetch(`${server.baseUrl}/api/surveys/${survey}/2026?locale=${locale}`).then((r) => r.json() as Promise<Definition>);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const signedIn = await signInDemo(server.baseUrl, "samordnare@demo.local");
    centreId = await demoMalmoCentreId(server.baseUrl, signedIn.headers);
    context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
    await useSession(context, server.baseUrl, signedIn.session);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("is reached from the collection page and passes axe-core", async () => {
    await page.goto(`/familjecentraler/${centreId}/insamling`);
    await page.getByRole("link", { name: "Skriv ut pappersenkäter" }).click();
    await page.getByRole("heading", { level: 1, name: "Pappersenkät – Familjecentralen Rosengård" }).waitFor();
    await page.locator(".paper-form").waitFor();
    await expectNoAxeViolations(page, "the paper form page");
  });

  for (const survey of ["besok_vuxen", "besok_barn", "spindel"] as const) {
    it(`prints ${survey} in every language of the survey, each with its code, questions and direction`, async () => {
      const locales = (await definition(survey, "sv")).locales;
      expect(locales.length).toBeGreaterThan(0);
      for (const locale of locales) {
        const source = await definition(survey, locale);
        await page.emulateMedia({ media: "screen" });
        await page.goto(`/familjecentraler/${centreId}/pappersenkat?enkat=${survey}&ar=2026&sprak=${locale}`);
        const form = page.locator(".paper-form");
        await form.waitFor();
        const rightToLeft = locale === "ar" || locale === "fa";
        expect(await form.getAttribute("dir"), locale).toBe(rightToLeft ? "rtl" : "ltr");
        expect(await form.getAttribute("lang"), locale).toBe(locale);
        await page.emulateMedia({ media: "print" });
        const file = join(mkdtempSync(join(tmpdir(), "fcs-paper-")), `${survey}-${locale}.pdf`);
        await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
        const text = comparable(readPdfPages(file).join(" "));
        // Easy-to-read Swedish is "LL" (lättläst) on the form.
        const language = locale === "sv-x-lattlast" ? "LL" : locale.toUpperCase();
        const code = `${{ besok_vuxen: "BV", besok_barn: "BB", spindel: "SP" }[survey]}-2026-${language}`;
        expect(text, locale).toContain(code);
        expect(text, locale).toContain("Familjecentralen Rosengård");
        expect(text, locale).not.toContain("Skriv ut");
        const titles = source.definition.pages
          .flatMap((p) => p.elements ?? [])
          .map((q) => comparable(q.title ?? q.name));
        // On the page: every question, in order.
        const shown = await form
          .locator(".paper-question-title")
          .evaluateAll((nodes) => nodes.map((node) => node.firstChild?.textContent ?? ""));
        expect(shown.map(comparable), locale).toEqual(titles);
        // In the PDF: every question. A right-to-left title is compared by its letters (a PDF's text
        // layer may split a shaped word); Tigrinya only by its script, since its letters survive a
        // PDF's text layer only with a full Ethiopic font.
        if (locale === "ti") expect(text.match(/[\u1200-\u137f]/g)?.length ?? 0, locale).toBeGreaterThan(50);
        else if (rightToLeft) {
          const letters = skeleton(text).replace(/\s/g, "");
          for (const title of titles)
            expect(letters, `${locale}: ${title}`).toContain(skeleton(title).replace(/\s/g, ""));
        } else for (const title of titles) expect(text, `${locale}: ${title}`).toContain(title);
      }
    });
  }

  it("lets staff type in ten children's forms by keyboard alone, each stored once with channel paper", async () => {
    const paperAnswers = async () => {
      const { headers } = await signInDemo(server.baseUrl, "samordnare@demo.local");
      const activity = (await fetch(`${server.baseUrl}/api/centres/${centreId}/token-activity?year=2026`, {
        headers,
      }).then((r) => r.json())) as { tokens: { channel: string; days: { n: number }[] }[] };
      return activity.tokens
        .filter((token) => token.channel === "paper")
        .flatMap((token) => token.days)
        .reduce((sum, day) => sum + day.n, 0);
    };
    const before = await paperAnswers();
    await page.emulateMedia({ media: "screen" });
    await page.goto(`/familjecentraler/${centreId}/insamling`);
    await page.getByRole("link", { name: "För in ifyllda pappersenkäter" }).click();
    await page.getByRole("heading", { level: 1, name: "För in pappersenkäter – Familjecentralen Rosengård" }).waitFor();
    await page.getByLabel("Enkät", { exact: true }).selectOption("besok_barn");
    await page.getByLabel("Formulärets språk (kod)").selectOption("ar");
    const first = page.getByLabel("Vem svarar?");
    await first.waitFor();
    await expectNoAxeViolations(page, "the paper entry page");
    const keys = page.keyboard;
    for (let n = 1; n <= 10; n++) {
      await first.focus();
      // Who answers: 1; likes it here: 3; kind grown-ups: 2; sings and paints: 3 2; nothing to change; age: 2.
      for (const typed of ["1", "3", "2", "3 2"]) {
        await keys.type(typed);
        await keys.press("Enter");
      }
      await keys.press("Tab");
      await keys.type("2");
      // The empty free-text question is named first; saving again stores the form as it is.
      await keys.press("Control+Enter");
      await page
        .getByRole("alert")
        .getByText(/Fråga 5 är tom/)
        .waitFor();
      await keys.press("Control+Enter");
      await page.getByText(n === 1 ? "1 formulär infört." : `${n} formulär införda.`).waitFor();
    }
    expect(await first.inputValue()).toBe("");
    await expect.poll(paperAnswers).toBe(before + 10);
  });
});
