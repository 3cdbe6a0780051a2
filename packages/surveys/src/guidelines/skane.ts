import { baseServiceRules } from "./base-services.ts";
import type { Guideline } from "./rules.ts";

const common = "Verksamhetens gemensamma ansvar";
const steering = "Styrgrupp: parternas gemensamma uppdrag";

/** The guideline's words on parent groups and on the summer, each the source of more than one rule. */
const parentGroups = {
  section: `${common}, punkt 3`,
  quote:
    "Alla familjecentraler ska erbjuda ett gemensamt kunskapsbaserat föräldraskapsstöd i grupp, både under graviditeten och efter barnet är fött.",
};
const summerHours = {
  section: `${common}, punkt 1`,
  quote:
    "Under juni-augusti finns det möjlighet att reducera de gemensamma öppettiderna till en halv dag/vecka i högst åtta (8) veckor.",
};

const commonDoor = {
  text: "En gemensam dörr in",
  strength: "ska",
  source: {
    section: "Samverkan och samlokalisering",
    quote: "Familjecentralen ska ha en gemensam dörr in till de samlokaliserade verksamheterna.",
  },
  check: { key: "gemensam_entre", is: true },
} as const;

/** Region Skåne, Vägledning för familjecentraler (seed 003). */
export const skane: Guideline = {
  regionCode: "12",
  source: "Vägledning för familjecentraler, Region Skåne",
  // The 2024 follow-up's averages, which the guideline gives as a yardstick: compared with, never required.
  references: [
    {
      key: "husmote_timmar_manad",
      value: 5,
      label: "Skånes genomsnitt 2024",
      source: {
        section: "Samverkan och samlokalisering",
        quote:
          "för verksamhetsår 2024 ett genomsnitt för gemensamma möte och planering 5h/månad till husmöte och två planeringsdagar/år (16h)",
      },
    },
    {
      key: "planeringsdagar_ar",
      value: 2,
      label: "Skånes genomsnitt 2024",
      source: {
        section: "Samverkan och samlokalisering",
        quote:
          "för verksamhetsår 2024 ett genomsnitt för gemensamma möte och planering 5h/månad till husmöte och två planeringsdagar/år (16h)",
      },
    },
  ],
  rules: [
    ...baseServiceRules({
      section: "Inledning",
      quote:
        "På en familjecentral är de fyra (4) basverksamheterna mödrahälsovård, barnhälsovård, socialtjänst och öppen förskola samlokaliserade … Med en familjecentralsliknande verksamhet avses en samlokaliserad verksamhet med minst barnhälsovård i samverkan med öppen förskola.",
    }),
    // The common door: asked in 2025 and again from 2027 (the 2026 follow-up did not ask it).
    { id: "gemensam_entre", ...commonDoor, years: { to: 2025 } },
    { id: "gemensam_entre_fran_2027", ...commonDoor, years: { from: 2027 } },
    {
      id: "gemensamt_oppet_15",
      text: "Gemensamt öppet minst 15 timmar i veckan",
      strength: "ska",
      source: { section: `${common}, punkt 1`, quote: "Alla verksamheter ska minst ha gemensamt öppet 15h/vecka." },
      check: { key: "gemensamt_oppet_timmar", atLeast: 15 },
    },
    {
      id: "sommar_hogst_8",
      text: "Reducerat öppethållande på sommaren högst 8 veckor",
      strength: "ska",
      source: summerHours,
      check: { key: "sommar_reducering_veckor", atMost: 8 },
    },
    {
      id: "sommar_minst_halvdag",
      text: "Under sommarens reducerade veckor gemensamt öppet minst en halv dag i veckan",
      strength: "ska",
      source: summerHours,
      check: { key: "sommar_minst_halvdag", is: true },
      // Only where the opening hours were reduced; the 2027 follow-up is the first to ask it.
      appliesWhen: { key: "sommar_reducering_veckor", atLeast: 1 },
      years: { from: 2027 },
    },
    {
      id: "all_personal_utvecklingsarbete",
      text: "All personal deltar i husmöten och planeringsdagar",
      strength: "ska",
      source: {
        section: `${common}, punkt 2`,
        quote: "Alla medarbetare ska delta i utvecklingsarbeten som sker på husmöten och planeringsdagar.",
      },
      check: { key: "all_personal_deltar", is: true },
    },
    {
      id: "foraldraskapsstod_fore",
      text: "Föräldraskapsstöd i grupp under graviditeten",
      strength: "ska",
      source: parentGroups,
      check: { key: "grupper_fore_fodsel", atLeast: 1 },
      // A unit without maternity care need not offer it before birth (the guideline's footnote 2).
      appliesWhen: { key: "grundverksamheter", includes: "mhv" },
    },
    {
      id: "foraldraskapsstod_efter",
      text: "Föräldraskapsstöd i grupp efter barnets födelse",
      strength: "ska",
      source: parentGroups,
      check: { key: "grupper_efter_fodsel", atLeast: 1 },
    },
    {
      id: "foraldraskapsstod_gemensamt",
      text: "Föräldragrupper leds gemensamt av yrkesgrupperna",
      strength: "ska",
      source: parentGroups,
      check: { key: "grupper_gemensamma", atLeast: 1 },
      years: { from: 2027 },
    },
    {
      id: "samverkansavtal",
      text: "Lokalt samverkansavtal som följs upp varje år",
      strength: "ska",
      source: {
        section: steering,
        quote:
          "För varje familjecentral tecknas ett lokalt samverkansavtal … Parterna har ett gemensamt ansvar för att årligen följa upp/revidera samverkansavtalet.",
      },
      check: {
        all: [
          { key: "samverkansavtal_finns", is: true },
          { key: "samverkansavtal_foljs_upp", is: true },
        ],
      },
    },
    {
      id: "samordnare",
      text: "Utsedd samordnare",
      strength: "ska",
      source: { section: "Samordnare", quote: "Varje familjecentral ska ha en samordnare." },
      check: { key: "samordnare_finns", is: true },
    },
    {
      id: "styrgrupp",
      text: "Gemensam styrgrupp",
      strength: "ska",
      source: { section: "Styrgrupp", quote: "Parterna har ett gemensamt ansvar för att styra och leda verksamheten." },
      check: { key: "styrgrupp_finns", is: true },
    },
    {
      id: "verksamhetsplan",
      text: "Gemensam verksamhetsplan",
      strength: "ska",
      source: {
        section: "Samordnare",
        quote: "upprätta årlig, gemensam verksamhetsplan, årshjul och verksamhetsberättelse",
      },
      check: { key: "verksamhetsplan", is: true },
    },
    {
      id: "arshjul",
      text: "Gemensamt årshjul",
      strength: "ska",
      source: {
        section: "Samordnare",
        quote: "upprätta årlig, gemensam verksamhetsplan, årshjul och verksamhetsberättelse",
      },
      check: { key: "arshjul", is: true },
    },
    {
      id: "verksamhetsberattelse",
      text: "Gemensam verksamhetsberättelse",
      strength: "ska",
      source: {
        section: "Samordnare",
        quote: "upprätta årlig, gemensam verksamhetsplan, årshjul och verksamhetsberättelse",
      },
      check: { key: "verksamhetsberattelse", is: true },
    },
    {
      id: "utvarderingsplan",
      text: "Plan för gemensam utvärdering",
      strength: "ska",
      source: {
        section: steering,
        quote: "systematiskt kvalitetsarbete med verksamhetsplan och verksamhetsberättelse med utvärderingsplan",
      },
      check: { key: "utvarderingsplan", is: true },
    },
  ],
};
