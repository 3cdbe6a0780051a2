import type { Page } from "playwright-core";

/**
 * The device's voices, stubbed before the page loads: only those given. What would be spoken is
 * recorded instead (`spokenOn`), with the language it would be spoken in.
 */
export async function stubVoices(page: Page, voices: { lang: string; name: string }[]): Promise<void> {
  await page.addInitScript((list) => {
    const spoken: { text: string; lang: string }[] = [];
    Object.assign(window, { spoken });
    class Utterance {
      text: string;
      lang = "";
      voice: unknown = null;
      rate = 1;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.assign(window, { SpeechSynthesisUtterance: Utterance });
    const all = list.map((v) => ({ ...v, default: false, localService: true, voiceURI: v.lang }));
    Object.defineProperty(window.speechSynthesis, "getVoices", { value: () => all });
    Object.defineProperty(window.speechSynthesis, "speak", {
      value: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }),
    });
  }, voices);
}

/** What the page has spoken so far. */
export const spokenOn = (page: Page) =>
  page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
