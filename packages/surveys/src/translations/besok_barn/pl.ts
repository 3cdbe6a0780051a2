import type { Translation } from "../../types.ts";

const smileys = { minRateDescription: "Nie", maxRateDescription: "Tak" };

export const pl: Translation = {
  survey: {
    title: "Co myślisz?",
    description: "Dotknij tego, co pasuje do Ciebie.",
    completedHtml: "<h2>Dziękujemy!</h2>",
  },
  pages: {},
  questions: {
    trivs: { title: "Czy lubisz tu być?", ...smileys },
    snalla_vuxna: { title: "Czy dorośli są tu mili i słuchają Cię?", ...smileys },
    "snalla_vuxna@2025": { title: "Czy dorośli są tu mili?", ...smileys },
    "snalla_vuxna@2027": { title: "Czy dorośli są tu mili?", ...smileys },
    kon: {
      title: "Jesteś dziewczynką czy chłopcem?",
      choices: { flicka: "Dziewczynką", pojke: "Chłopcem", vill_inte_saga: "Nie chcę mówić" },
    },
    lyssnar: { title: "Czy dorośli Cię słuchają?", ...smileys },
    gora_har: {
      title: "Co lubisz tu robić?",
      choices: {
        leka: "Bawić się",
        mala: "Malować i majsterkować",
        sjunga: "Śpiewać",
        lasa: "Czytać książki",
        fruktstund: "Jeść owoce",
        kompisar: "Spotykać kolegów",
      },
    },
    andra: { title: "Czy chcesz coś tu zmienić?" },
    alder: {
      title: "Ile masz lat?",
      choices: { upp_till_3: "3 lata lub mniej", ar_4_5: "4–5 lat", fran_6: "6 lat lub więcej" },
    },
    svarar: { title: "Kto odpowiada?", choices: { sjalv: "Ja sam/sama", med_vuxen: "Ja i dorosły" } },
  },
};
