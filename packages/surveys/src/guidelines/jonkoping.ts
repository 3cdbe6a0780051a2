import type { Guideline } from "./rules.ts";

/** Jönköpings län: the county agreement and the coordinator agreement (seeds 000, 002). */
export const jonkoping: Guideline = {
  regionCode: "06",
  source: "Länsövergripande överenskommelse om familjecentraler, Jönköpings län",
  rules: [
    { id: "samordnare", text: "Utsedd samordnare", check: { key: "samordnare_finns", is: true } },
    {
      id: "samordnare_hogst_15",
      text: "Samordningsuppdraget högst 15 % av en heltid",
      check: { key: "samordnare_tjanst_procent", atMost: 15 },
      appliesWhen: { key: "samordnare_finns", is: true },
    },
    {
      id: "samordnare_skriftligt",
      text: "Samordnaren utsedd skriftligt för en bestämd period",
      check: { key: "samordnare_skriftligt", is: true },
      appliesWhen: { key: "samordnare_finns", is: true },
    },
    {
      id: "avtal_reviderat_4_ar",
      text: "Samverkansavtalet reviderat de senaste fyra åren",
      check: {
        all: [
          { key: "samverkansavtal_finns", is: true },
          { key: "samverkansavtal_reviderat_ar", withinYears: 3 },
        ],
      },
    },
    {
      id: "verksamhetsberattelse",
      text: "Årlig verksamhetsberättelse enligt gemensam modell",
      check: { key: "verksamhetsberattelse", is: true },
    },
  ],
};
