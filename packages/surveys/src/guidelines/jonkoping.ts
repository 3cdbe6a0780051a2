import { baseServiceRules } from "./base-services.ts";
import type { Guideline } from "./rules.ts";

const lead = "Ledningsorganisation: Samordnare för familjecentralen";

/**
 * Jönköpings län: the county agreement and the coordinator agreement (seeds 000, 002).
 * The agreement's "revideras vart fjärde år" is about the county agreement itself (adopted by
 * Strategigrupp barn och unga), not a local agreement per centre: it is no rule for a centre.
 */
export const jonkoping: Guideline = {
  regionCode: "06",
  source: "Länsövergripande överenskommelse om familjecentraler, Jönköpings län",
  rules: [
    ...baseServiceRules(
      {
        section: "Familjecentralens uppdrag",
        quote:
          "Familjecentralen ska innehålla mödra- och barnhälsovård, öppen förskola och socialtjänst genom individ- och familjeomsorg med inriktning mot förebyggande arbete.",
      },
      "familjecentral",
    ),
    {
      id: "ledningsgrupp",
      text: "Lokal ledningsgrupp",
      strength: "ska",
      source: {
        section: "Lokal styr/ledningsgrupp",
        quote: "Lokal ledningsgrupp har det yttersta ansvaret för familjecentralen.",
      },
      check: { key: "styrgrupp_finns", is: true },
    },
    {
      id: "samordnare",
      text: "Utsedd samordnare",
      strength: "ska",
      source: { section: lead, quote: "För samordning av arbetet på familjecentralen behövs en särskild samordnare." },
      check: { key: "samordnare_finns", is: true },
    },
    {
      id: "samordnare_utsedd_av_ledningsgruppen",
      text: "Samordnaren utsedd av ledningsgruppen",
      strength: "ska",
      source: { section: lead, quote: "en särskild samordnare vilken utses av ledningsgruppen" },
      check: { key: "samordnare_utsedd_av", equals: "styrgruppen" },
      appliesWhen: { key: "samordnare_finns", is: true },
    },
    {
      id: "samordnare_hogst_15",
      text: "Samordningsuppdraget högst 15 % av en heltid",
      strength: "bör",
      source: { section: lead, quote: "uppdraget som bör motsvara högst 15 procent av en heltidstjänst" },
      check: { key: "samordnare_tjanst_procent", atMost: 15 },
      appliesWhen: { key: "samordnare_finns", is: true },
    },
    {
      // The agreement says 4 years; the follow-up asks for "a fixed period", so the rule says what is asked.
      id: "samordnare_skriftligt",
      text: "Samordnaren utsedd skriftligt för en bestämd period",
      strength: "ska",
      source: { section: lead, quote: "Förordnandet ska vara en skriftlig överenskommelse och gälla under 4 år." },
      check: { key: "samordnare_skriftligt", is: true },
      appliesWhen: { key: "samordnare_finns", is: true },
      years: { to: 2026 },
    },
    {
      // From 2027 the follow-up asks both: in writing, and for how many years.
      id: "samordnare_skriftligt_4_ar",
      text: "Samordnaren utsedd skriftligt för 4 år",
      strength: "ska",
      source: { section: lead, quote: "Förordnandet ska vara en skriftlig överenskommelse och gälla under 4 år." },
      check: {
        all: [
          { key: "samordnare_utsedd_skriftligt", is: true },
          { key: "samordnare_period_ar", between: [4, 4] },
        ],
      },
      appliesWhen: { key: "samordnare_finns", is: true },
      years: { from: 2027 },
    },
    {
      id: "all_personal_familjecentralsmoten",
      text: "All personal deltar i familjecentralsmöten",
      strength: "ska",
      source: {
        section: "Samverkan",
        quote: "Samtliga medarbetare deltar aktivt i familjecentralens familjecentralsmöten.",
      },
      check: { key: "all_personal_deltar", is: true },
    },
    {
      id: "verksamhetsberattelse",
      text: "Årlig verksamhetsberättelse enligt gemensam modell",
      strength: "ska",
      source: {
        section: lead,
        quote: "Årligen redovisa familjecentralens mål och resultat till ledningsgruppen.",
      },
      check: { key: "verksamhetsberattelse", is: true },
    },
  ],
};
