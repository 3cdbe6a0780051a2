import { Model, Serializer, setupLocale, surveyLocalization } from "survey-core";
import "survey-core/i18n/arabic";
import "survey-core/i18n/persian";
import "survey-core/i18n/polish";
import "survey-core/i18n/swedish";
import "survey-core/i18n/turkish";
import "survey-core/i18n/ukrainian";
import { describe, expect, it } from "vitest";
import { axisStatements } from "./axes.ts";
import { easySwedish, rightToLeftLocales, visitorLocales } from "./kinds.ts";
import { localizeDefinition, walk } from "./localize.ts";
import { findInstrument, instruments, rewordedYears } from "./registry.ts";
import { countCells, splitQuestionOf } from "./rollup.ts";
import { registerSurveyProperties } from "./survey-properties.ts";
import { type Instrument, spiderAxes } from "./types.ts";
import { registerUiLocales, visitorUiStringKeys } from "./ui-locales/index.ts";

registerUiLocales({ setupLocale, surveyLocalization });
registerSurveyProperties(Serializer);

const label = (i: Instrument) => `${i.kind} ${i.year}`;
const questionsOf = (json: ReturnType<typeof localizeDefinition>) => [
  ...walk(json.pages.flatMap((p) => p.elements ?? [])),
];

describe.each(instruments.map((i) => [label(i), i] as const))("instrument %s", (_label, instrument) => {
  it.each(instrument.locales.map((l) => [l]))("loads in survey-core without JSON errors in %s", (locale) => {
    const model = new Model(localizeDefinition(instrument, locale));
    expect(model.jsonErrors ?? []).toEqual([]);
    expect(model.getAllQuestions().length).toBeGreaterThan(0);
  });

  it("has metadata for exactly the questions survey-core sees", () => {
    const model = new Model(instrument.definition);
    const names = model.getAllQuestions().map((q) => q.name);
    expect(new Set(names)).toEqual(new Set(Object.keys(instrument.questions)));
  });

  it("declares each question's kind consistently with its SurveyJS type", () => {
    const expected: Record<string, string> = {
      rating: "scale",
      radiogroup: "choice",
      checkbox: "multi_choice",
      imagepicker: "multi_choice",
      boolean: "boolean",
      comment: "free_text",
      text: "number",
      matrixdropdown: "grid",
    };
    for (const element of questionsOf(instrument.definition)) {
      expect(instrument.questions[element.name]?.kind, element.name).toBe(expected[element.type ?? ""]);
    }
  });

  it.each(instrument.locales.filter((l) => l !== "sv" && l !== easySwedish).map((l) => [l]))(
    "has every text translated into %s, with no Swedish left",
    (locale) => {
      const swedish = questionsOf(instrument.definition);
      const translated = questionsOf(localizeDefinition(instrument, locale));
      translated.forEach((element, index) => {
        const original = swedish[index];
        expect(element.title, `${element.name}.title`).not.toBe(original?.title);
        const choices = (element.choices ?? []) as { text: string }[];
        const originalChoices = (original?.choices ?? []) as { text: string }[];
        choices.forEach((c, n) => {
          expect(c.text, `${element.name} choice ${n}`).not.toBe(originalChoices[n]?.text);
        });
      });
    },
  );
});

/** LIX, the Swedish readability index: words per sentence plus the per cent of words longer than six letters. */
function lix(texts: string[]): number {
  const words = texts.flatMap((t) => t.match(/[\p{L}\d–-]+/gu) ?? []);
  const sentences = texts.reduce((n, t) => n + Math.max(1, (t.match(/[.!?]+(\s|$)/g) ?? []).length), 0);
  return words.length / sentences + (100 * words.filter((w) => w.length > 6).length) / words.length;
}

describe.each(instruments.filter((i) => i.locales.includes(easySwedish)).map((i) => [label(i), i] as const))(
  "easy-to-read Swedish of %s",
  (_label, instrument) => {
    const textsOf = (json: ReturnType<typeof localizeDefinition>) =>
      questionsOf(json).flatMap((element) => [
        String(element.title ?? ""),
        ...((element.choices ?? []) as { text: string }[]).map((c) => c.text),
      ]);

    it("has every text (a missing one is an error, as in every language) and reads more easily than the Swedish", () => {
      const easy = textsOf(localizeDefinition(instrument, easySwedish));
      const swedish = textsOf(instrument.definition);
      expect(easy.length).toBe(swedish.length);
      expect(lix(easy)).toBeLessThanOrEqual(lix(swedish));
      // Lättläst's own rule of thumb: short sentences.
      for (const text of easy)
        for (const sentence of text.split(/[.?!] /)) expect(sentence.split(" ").length).toBeLessThanOrEqual(12);
    });
  },
);

describe("the 2027 versions (issue 16)", () => {
  const questionOf = (kind: Instrument["kind"], year: number, key: string) =>
    findInstrument(kind, year)?.questions[key];

  it("name mother, father and another parent or partner in the adult's role, and ask the meaning neutrally under a new key", () => {
    expect(questionOf("besok_vuxen", 2027, "besokare_roll")).toMatchObject({
      values: ["blivande_foralder", "mamma", "pappa", "annan_foralder", "annan_vuxen"],
    });
    expect(questionOf("besok_vuxen", 2027, "betydelse")).toBeUndefined();
    expect(questionOf("besok_vuxen", 2027, "betydelse_familj")).toMatchObject({ kind: "scale", since: "2027.1" });
  });

  it("ask the children two things as two questions again, and optionally whether they are a girl or a boy", () => {
    expect(questionOf("besok_barn", 2027, "snalla_vuxna")).toBeDefined();
    expect(questionOf("besok_barn", 2027, "lyssnar")).toBeDefined();
    expect(questionOf("besok_barn", 2027, "kon")).toMatchObject({
      required: false,
      values: ["flicka", "pojke", "vill_inte_saga"],
    });
  });

  it("ask the spider's factors one thing per statement, each axis the respondent's mean of its statements", () => {
    const spider = findInstrument("spindel", 2027);
    if (!spider) throw new Error("no spider 2027");
    const axes = axisStatements(spider);
    expect([...axes.keys()].sort()).toEqual([...spiderAxes].sort());
    expect([...axes.values()].filter((keys) => keys.length >= 2)).toHaveLength(9);
    for (const keys of axes.values())
      for (const key of keys) expect(spider.questions[key]).toMatchObject({ kind: "scale", min: 1, max: 10 });
    const cells = countCells(
      spider,
      { profession: "barnmorska", styrning_styrgrupp: 6, styrning_mal: 7, styrning_avtal: 9, samtidighet_oppet: 4 },
      { channel: "link", locale: "sv" },
    );
    const axisCell = (axis: string, breakdown = "") =>
      cells.filter((c) => c.questionKey === axis && c.breakdown === breakdown).map((c) => c.value);
    expect(axisCell("styrning")).toEqual(["7.33"]);
    expect(axisCell("styrning", "barnmorska")).toEqual(["7.33"]);
    expect(axisCell("samtidighet")).toEqual(["4"]);
    expect(axisCell("samordning")).toEqual([]);
    // The new measure is a break in each axis's trend.
    expect(rewordedYears("spindel", "styrning")).toEqual([2027]);
  });

  it("mark a question whose wording changed under its key as a break in its trend, and no other", () => {
    expect(rewordedYears("besok_barn", "snalla_vuxna")).toEqual([2026, 2027]);
    expect(rewordedYears("besok_vuxen", "barns_rattigheter")).toEqual([2026]);
    expect(rewordedYears("besok_vuxen", "helhet")).toEqual([]);
    // A new key is a new line, not a break.
    expect(rewordedYears("besok_vuxen", "betydelse_familj")).toEqual([]);
  });
});

describe("versions", () => {
  const keys = (kind: Instrument["kind"], year: number) => Object.keys(findInstrument(kind, year)?.questions ?? {});
  it.each([
    ["besok_vuxen", "hittade_hit", "lokaler", "barns_rattigheter"],
    ["besok_barn", "andra", "lyssnar", "snalla_vuxna"],
    ["spindel", "delaktighet", "personalrum", "kunskap_uppdrag"],
    ["kvalitetsuppfoljning", "gemensamma_hembesok", "gemensam_entre", "husmote_timmar_manad"],
  ] as const)("of %s: 2026 adds %s, drops %s and rewords %s", (kind, added, removed, reworded) => {
    expect(keys(kind, 2026)).toContain(added);
    expect(keys(kind, 2025)).not.toContain(added);
    expect(keys(kind, 2025)).toContain(removed);
    expect(keys(kind, 2026)).not.toContain(removed);
    const title = (year: number) => {
      const element = questionsOf(findInstrument(kind, year)?.definition ?? { pages: [] }).find(
        (e) => e.name === reworded,
      );
      return element && `${element.title} ${element.description ?? ""}`;
    };
    expect(title(2026)).toBeDefined();
    expect(title(2026)).not.toBe(title(2025));
    expect(findInstrument(kind, 2026)?.questions[added]?.since).toBe("2026.1");
  });

  it("keeps at most six questions in the child survey", () => {
    for (const year of [2025, 2026]) expect(keys("besok_barn", year).length).toBeLessThanOrEqual(6);
  });

  it("anonymous surveys hold no numbers but ratings", () => {
    // migrations/0021_response_splits.sql tells a rating from the other answers by its JSON number.
    for (const instrument of instruments.filter((i) => i.kind !== "kvalitetsuppfoljning"))
      for (const q of Object.values(instrument.questions))
        expect(["number", "grid"], `${instrument.kind} ${instrument.year} ${q.key}`).not.toContain(q.kind);
  });

  it("give the answers that split results no colon, which marks the channel and language splits", () => {
    for (const instrument of instruments) {
      const split = splitQuestionOf(instrument.kind);
      const meta = split ? instrument.questions[split] : undefined;
      for (const value of meta && "values" in meta ? meta.values : []) expect(value).not.toContain(":");
    }
  });

  it("feeds every spider axis from one rating on the same 1–10 scale", () => {
    const spider = findInstrument("spindel", 2026);
    const axes = Object.values(spider?.questions ?? {}).filter((q) => q.axis);
    expect(axes.length).toBe(11);
    for (const q of axes) expect(q).toMatchObject({ kind: "scale", min: 1, max: 10, key: q.axis });
  });
});

describe("SurveyJS interface strings", () => {
  it.each(visitorLocales.filter((l) => l !== "en" && l !== "sv").map((l) => [l]))(
    "are all in %s, with no English fall-back",
    (locale) => {
      for (const key of visitorUiStringKeys) {
        const text = surveyLocalization.getString(key, locale);
        expect(text, `${locale}.${key}`).toBeTruthy();
        expect(text, `${locale}.${key} is English`).not.toBe(surveyLocalization.getString(key, "en"));
      }
    },
  );

  it("fix survey-core's wrong Swedish strings", () => {
    expect(surveyLocalization.getString("clearCaption", "sv")).toBe("Rensa");
    expect(surveyLocalization.getString("ok", "sv")).toBe("OK");
    expect(surveyLocalization.getString("cancel", "sv")).toBe("Avbryt");
  });

  it.each(rightToLeftLocales.map((l) => [l]))(
    "are in %s in logical order: no message starts with its full stop, and the page comes before the count",
    (locale) => {
      for (const key of visitorUiStringKeys) {
        const text = surveyLocalization.getString(key, locale);
        expect(text, `${locale}.${key}`).not.toMatch(/^[.…!،؟]/);
        expect(text, `${locale}.${key}`).not.toMatch(/\.\.\.|\s{2}/);
      }
      const progress = surveyLocalization.getString("progressText", locale);
      expect(progress.indexOf("{0}")).toBeLessThan(progress.indexOf("{1}"));
      expect(progress.indexOf("{0}")).toBeGreaterThan(0);
    },
  );

  it.each(rightToLeftLocales.map((l) => [l]))("render %s right to left", (locale) => {
    const model = new Model(localizeDefinition(findInstrument("besok_vuxen", 2026) as Instrument, locale));
    expect(model.localeDir).toBe("rtl");
  });
});
