import { baseServiceRules } from "./base-services.ts";
import type { Guideline } from "./rules.ts";

const steering = "Ledningsgrupp/Styrgrupp";
const coordinator = "Samordnarfunktion";

/**
 * Örebro län: the local agreement template (seed 001). A party "kan årligen … initiera
 * omprövning": a right, not a duty, so the rule is only that a local agreement exists.
 */
export const orebro: Guideline = {
  regionCode: "18",
  source: "Mall för lokal överenskommelse om familjecentral, Örebro län",
  rules: [
    ...baseServiceRules(
      {
        section: "Familjecentralens uppdrag",
        quote:
          "En familjecentral är en samlokaliserad verksamhet som innehåller mödrahälsovård, barnhälsovård, öppen förskola och socialtjänst med inriktning mot förebyggande arbete.",
      },
      "familjecentral",
    ),
    {
      id: "samverkansavtal",
      text: "Lokal överenskommelse finns",
      strength: "ska",
      source: {
        section: "Giltighet",
        quote: "Avtalet gäller från och med … och tillsvidare.",
      },
      check: { key: "samverkansavtal_finns", is: true },
    },
    {
      id: "styrgrupp",
      text: "Ledningsgrupp eller styrgrupp",
      strength: "ska",
      source: {
        section: steering,
        quote:
          "En ledningsgrupp/styrgrupp utses, som består av verksamhetsansvariga från de verksamheter som ingår i familjecentralen.",
      },
      check: { key: "styrgrupp_finns", is: true },
    },
    {
      id: "samordnare",
      text: "Utsedd samordnare",
      strength: "ska",
      source: { section: coordinator, quote: "Gemensam samordnare utses och finansieras av parterna." },
      check: { key: "samordnare_finns", is: true },
    },
    {
      id: "samordnare_25_50",
      text: "Samordnare på 25–50 % av en heltid",
      strength: "rekommendation",
      source: {
        section: coordinator,
        quote: "Samordnaruppdraget rekommenderas omfatta 0,25 - 0,50 årsarbetare per familjecentral.",
      },
      check: { key: "samordnare_tjanst_procent", between: [25, 50] },
      appliesWhen: { key: "samordnare_finns", is: true },
    },
    {
      id: "verksamhetsplan",
      text: "Gemensam verksamhetsplan",
      strength: "ska",
      source: { section: steering, quote: "Fastställa gemensamma mål och verksamhetsplan" },
      check: { key: "verksamhetsplan", is: true },
    },
    {
      id: "verksamhetsberattelse",
      text: "Verksamhetsberättelse",
      strength: "ska",
      source: {
        section: coordinator,
        quote: "Ta fram verksamhetsberättelse och annan dokumentation för uppföljning av verksamheten",
      },
      check: { key: "verksamhetsberattelse", is: true },
    },
    {
      id: "gemensam_kompetensutveckling",
      text: "Gemensam kompetensutveckling",
      strength: "ska",
      source: {
        section: steering,
        quote: "Ansvara för familjecentralens professioners gemensamma kompetensutveckling",
      },
      check: { key: "gemensam_kompetensutveckling", is: true },
    },
  ],
};
