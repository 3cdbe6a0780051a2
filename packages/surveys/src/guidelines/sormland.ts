import type { Guideline, RuleSource } from "./rules.ts";

const components: RuleSource = { section: "Viktiga komponenter på en familjecentral", quote: "" };
const teamwork: RuleSource = { section: "Förutsättningar för teamarbete och intern samverkan", quote: "" };

/**
 * Region Sörmland (seed 004) sets no binding numbers, but names what makes a centre work:
 * these are recommendations, and results and reports say them as such.
 */
export const sormland: Guideline = {
  regionCode: "04",
  source: "Familjecentraler: samverkan med andra verksamheter, Region Sörmland",
  rules: [
    {
      id: "samverkansavtal",
      text: "Samverkansavtal",
      strength: "rekommendation",
      source: { ...components, quote: "Samverkansavtal, förutsättningarna för samverkan tydliggörs skriftligt." },
      check: { key: "samverkansavtal_finns", is: true },
    },
    {
      id: "samordnare",
      text: "Samordnare",
      strength: "rekommendation",
      source: {
        ...components,
        quote: "Samordnare bör finnas med ansvar för att samordna och planera familjecentralens verksamhet.",
      },
      check: { key: "samordnare_finns", is: true },
    },
    {
      id: "all_personal_moten",
      text: "Regelbundna möten för all personal",
      strength: "rekommendation",
      source: {
        ...components,
        quote: "tid avsätts för regelbundna möten med all personal som arbetar i familjecentralen",
      },
      check: { key: "all_personal_deltar", is: true },
    },
    {
      id: "moten_med_chefer",
      text: "Gemensam ledning med cheferna",
      strength: "rekommendation",
      source: { ...components, quote: "tid för möten med respektive chefer för de olika verksamheterna" },
      check: { key: "styrgrupp_finns", is: true },
    },
    {
      id: "kompetensutveckling_handledning",
      text: "Gemensam kompetensutveckling och handledning",
      strength: "rekommendation",
      source: {
        ...components,
        quote:
          "Kompetensutveckling, gemensam kompetensutveckling för de ingående verksamheterna. Handledning, gemensam grupphandledning till arbetslaget på familjecentralen.",
      },
      check: {
        all: [
          { key: "gemensam_kompetensutveckling", is: true },
          { key: "gemensam_handledning", is: true },
        ],
      },
    },
    {
      id: "verksamhetsplan",
      text: "Gemensam verksamhetsplan",
      strength: "rekommendation",
      source: { ...teamwork, quote: "Gemensam verksamhetsplan och uppföljning." },
      check: { key: "verksamhetsplan", is: true },
    },
    {
      id: "rutin_sekretess",
      text: "Skriftliga rutiner för sekretess",
      strength: "rekommendation",
      source: {
        section: "Sekretess",
        quote:
          "Allt utbyte av information ska ske enligt gällande lagstiftning och regleras i offentlighets- och sekretesslagen (OSL).",
      },
      check: { key: "rutin_sekretess", is: true },
    },
  ],
};
