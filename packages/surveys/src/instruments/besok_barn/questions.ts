import { choice, freeText, pictures, type QuestionSpec, scale } from "../../builder.ts";
import { visitorLocales } from "../../kinds.ts";

/** Three smileys (sad, neutral, happy): the scale young children manage (docs/domain.md, child survey). */
export const smileys = (key: string, title: string, o: { since?: string } = {}): QuestionSpec =>
  scale(key, title, { min: 1, max: 3, minLabel: "Nej", maxLabel: "Ja", smileys: true, required: true, ...o });

export const trivs = smileys("trivs", "Tycker du om att vara här?");

const activity = (file: string, text: string) => ({ text, image: `/bilder/aktiviteter/${file}.svg` });

export const goraHar = pictures("gora_har", "Vad tycker du om att göra här?", {
  leka: activity("leka", "Leka"),
  mala: activity("mala", "Måla och pyssla"),
  sjunga: activity("sjunga", "Sjunga"),
  lasa: activity("lasa", "Läsa böcker"),
  fruktstund: activity("fruktstund", "Äta frukt"),
  kompisar: activity("kompisar", "Träffa kompisar"),
});

export const alder = choice(
  "alder",
  "Hur gammal är du?",
  { upp_till_3: "3 år eller yngre", ar_4_5: "4–5 år", fran_6: "6 år eller äldre" },
  { required: true },
);

export const svarar = choice(
  "svarar",
  "Vem svarar?",
  { sjalv: "Jag själv", med_vuxen: "Jag och en vuxen" },
  { required: true },
);

export const andra = freeText("andra", "Vill du ändra på något här?", { since: "2026.1", maxLength: 500 });

export const survey = {
  title: "Vad tycker du?",
  description: "Tryck på det som stämmer för dig.",
  completedHtml: "<h2>Tack!</h2>",
};

export const settings = { showProgressBar: "top", progressBarType: "pages", widthMode: "static" };

/** What every year's version of this survey shares. */
export const base = {
  kind: "besok_barn",
  firstVersion: "2025.1",
  locales: visitorLocales,
  ...survey,
  settings,
} as const;
