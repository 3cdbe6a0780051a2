import type { Translation } from "../../types.ts";

/**
 * The child survey in easy-to-read Swedish. Its Swedish is already written for young children, so
 * most texts stay as they are; a question that asks two things becomes two short sentences.
 */
const smileys = { minRateDescription: "Nej", maxRateDescription: "Ja" };

export const lattlast: Translation = {
  survey: {
    title: "Vad tycker du?",
    description: "Tryck på det som stämmer.",
    completedHtml: "<h2>Tack!</h2>",
  },
  pages: {},
  questions: {
    trivs: { title: "Tycker du om att vara här?", ...smileys },
    snalla_vuxna: { title: "Är de vuxna här snälla mot dig? Lyssnar de på dig?", ...smileys },
    "snalla_vuxna@2025": { title: "Är de vuxna här snälla mot dig?", ...smileys },
    "snalla_vuxna@2027": { title: "Är de vuxna här snälla mot dig?", ...smileys },
    kon: {
      title: "Är du en flicka eller en pojke?",
      choices: { flicka: "Flicka", pojke: "Pojke", vill_inte_saga: "Vill inte säga" },
    },
    lyssnar: { title: "Lyssnar de vuxna på dig?", ...smileys },
    gora_har: {
      title: "Vad gör du helst här?",
      choices: {
        leka: "Leka",
        mala: "Måla och pyssla",
        sjunga: "Sjunga",
        lasa: "Läsa böcker",
        fruktstund: "Äta frukt",
        kompisar: "Träffa kompisar",
      },
    },
    andra: { title: "Vill du ändra på något här?" },
    alder: {
      title: "Hur gammal är du?",
      choices: { upp_till_3: "3 år eller yngre", ar_4_5: "4–5 år", fran_6: "6 år eller äldre" },
    },
    svarar: { title: "Vem svarar?", choices: { sjalv: "Jag själv", med_vuxen: "Jag och en vuxen" } },
  },
};
