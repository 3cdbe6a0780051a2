import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../../test/support/app.ts";

describe.each(testDatabaseKinds())("reading survey definitions on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: "GET", url });

  it("returns the adult survey in Arabic, right to left, without signing in", async () => {
    const response = await get("/api/surveys/besok_vuxen/2026?locale=ar");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      survey: "besok_vuxen",
      year: 2026,
      version: "2026.1",
      locale: "ar",
      direction: "rtl",
    });
    expect(body.locales).toEqual(["sv", "sv-x-lattlast", "en", "ar", "so", "ti", "fa", "uk", "pl", "tr", "bs"]);
    expect(body.definition.title).toBe("ما رأيك في مركز الأسرة؟");
    expect(body.definition.locale).toBe("ar");
  });

  it("returns the adult survey in easy-to-read Swedish as a language of its own, with simpler words", async () => {
    const response = await get("/api/surveys/besok_vuxen/2026?locale=sv-x-lattlast");
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ locale: "sv-x-lattlast", direction: "ltr" });
    const question = (name: string) =>
      body.definition.pages
        .flatMap((p: { elements?: { name: string; title: string }[] }) => p.elements ?? [])
        .find((e: { name: string }) => e.name === name);
    expect(question("stod_foraldraskap").title).toBe("Jag får hjälp att vara förälder.");
    expect(body.texts).toMatchObject({ previous: "Tillbaka", required: "Du måste svara på frågan." });
    // A code outside the language pattern is refused as bad input.
    expect((await get("/api/surveys/besok_vuxen/2026?locale=sv-lattlast")).statusCode).toBe(400);
  });

  it("gives the interface texts of every visitor language, in that language", async () => {
    const swedish = (await get("/api/surveys/besok_barn/2026?locale=sv")).json().texts;
    expect(swedish).toEqual({
      previous: "Föregående",
      next: "Nästa",
      complete: "Skicka",
      progress: "Sida {0} av {1}",
      required: expect.any(String),
    });
    const english = (await get("/api/surveys/besok_barn/2026?locale=en")).json().texts;
    for (const locale of ["ar", "so", "ti", "fa", "uk", "pl", "tr", "bs"]) {
      const texts = (await get(`/api/surveys/besok_barn/2026?locale=${locale}`)).json().texts;
      for (const [key, text] of Object.entries(texts)) {
        expect(text, `${locale}.${key}`).toBeTruthy();
        expect(text, `${locale}.${key} is English`).not.toBe(english[key]);
      }
    }
    expect((await get("/api/surveys/besok_vuxen/2026?locale=ar")).json().texts.next).toBe("التالي");
  });

  it("returns Swedish when no locale is asked for", async () => {
    const body = (await get("/api/surveys/spindel/2025")).json();
    expect(body).toMatchObject({ locale: "sv", direction: "ltr", version: "2025.1" });
  });

  it.each([
    ["/api/surveys/okand/2026", 'Det finns ingen enkät som heter "okand".'],
    ["/api/surveys/besok_barn/2019", "Enkäten besok_barn finns inte för år 2019; det finns år 2025, 2026, 2027."],
    ["/api/surveys/spindel/2026?locale=ar", 'Enkäten spindel 2026 finns inte på språket "ar"; den finns på sv.'],
  ])("answers %s with 404 saying which part is unknown", async (url, message) => {
    const response = await get(url);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: "not_found", message, details: [] });
  });

  it("refuses a malformed year or locale with 400", async () => {
    expect((await get("/api/surveys/besok_barn/tjugo")).statusCode).toBe(400);
    expect((await get("/api/surveys/besok_barn/2026?locale=arabiska")).statusCode).toBe(400);
  });
});
