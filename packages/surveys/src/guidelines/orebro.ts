import type { Guideline } from "./rules.ts";

/** Örebro län: the local agreement template (seed 001). */
export const orebro: Guideline = {
  regionCode: "18",
  source: "Mall för lokal överenskommelse om familjecentral, Örebro län",
  rules: [
    { id: "samordnare", text: "Utsedd samordnare", check: { key: "samordnare_finns", is: true } },
    {
      id: "samordnare_25_50",
      text: "Samordnare på 25–50 % av en heltid",
      check: { key: "samordnare_tjanst_procent", between: [25, 50] },
      appliesWhen: { key: "samordnare_finns", is: true },
    },
    {
      id: "samverkansavtal",
      text: "Lokal överenskommelse som omprövas varje år",
      check: {
        all: [
          { key: "samverkansavtal_finns", is: true },
          { key: "samverkansavtal_foljs_upp", is: true },
        ],
      },
    },
  ],
};
