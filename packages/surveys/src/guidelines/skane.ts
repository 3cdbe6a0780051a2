import type { Guideline } from "./rules.ts";

/** Region Skåne, Vägledning för familjecentraler (seed 003). */
export const skane: Guideline = {
  regionCode: "12",
  source: "Vägledning för familjecentraler, Region Skåne",
  rules: [
    {
      id: "gemensamt_oppet_15",
      text: "Gemensamt öppet minst 15 timmar i veckan",
      check: { key: "gemensamt_oppet_timmar", atLeast: 15 },
    },
    {
      id: "sommar_hogst_8",
      text: "Reducerat öppethållande på sommaren högst 8 veckor",
      check: { key: "sommar_reducering_veckor", atMost: 8 },
    },
    {
      id: "all_personal_utvecklingsarbete",
      text: "All personal deltar i husmöten och planeringsdagar",
      check: { key: "all_personal_deltar", is: true },
    },
    {
      id: "foraldraskapsstod_fore",
      text: "Föräldraskapsstöd i grupp under graviditeten",
      check: { key: "grupper_fore_fodsel", atLeast: 1 },
      // A unit without maternity care need not offer it before birth.
      appliesWhen: { key: "grundverksamheter", includes: "mhv" },
    },
    {
      id: "foraldraskapsstod_efter",
      text: "Föräldraskapsstöd i grupp efter barnets födelse",
      check: { key: "grupper_efter_fodsel", atLeast: 1 },
    },
    {
      id: "samverkansavtal",
      text: "Lokalt samverkansavtal som följs upp varje år",
      check: {
        all: [
          { key: "samverkansavtal_finns", is: true },
          { key: "samverkansavtal_foljs_upp", is: true },
        ],
      },
    },
    { id: "samordnare", text: "Utsedd samordnare", check: { key: "samordnare_finns", is: true } },
    { id: "styrgrupp", text: "Gemensam styrgrupp", check: { key: "styrgrupp_finns", is: true } },
    { id: "verksamhetsplan", text: "Gemensam verksamhetsplan", check: { key: "verksamhetsplan", is: true } },
    {
      id: "verksamhetsberattelse",
      text: "Gemensam verksamhetsberättelse",
      check: { key: "verksamhetsberattelse", is: true },
    },
  ],
};
