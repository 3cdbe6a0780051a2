import type { Translation } from "../../types.ts";

const agree = {
  minRateDescription: "Not true at all",
  maxRateDescription: "Completely true",
  dontKnowText: "Don't know / Not applicable",
};

export const en: Translation = {
  survey: {
    title: "What do you think of the family centre?",
    description:
      "Your answers help us improve. The survey takes a few minutes and you are anonymous – we do not ask for your name.",
    completedHtml: "<h2>Thank you for your answers!</h2>",
  },
  pages: {
    om_dig: { title: "About you", description: "The questions on this page are optional." },
    besoket: { title: "Your visit" },
    bemotande: { title: "How do you experience the family centre?" },
    stod: { title: "Support and contacts" },
    rattigheter: { title: "Children's rights" },
    verksamheten: { title: "The activities" },
    helhet: { title: "Overall" },
    tankar: { title: "Your thoughts", description: "Do not write any names. You may skip these questions." },
  },
  questions: {
    "besokare_roll@2027": {
      title: "I am here as …",
      choices: {
        blivande_foralder: "an expecting parent",
        mamma: "a mother",
        pappa: "a father",
        annan_foralder: "another parent or a partner",
        annan_vuxen: "another adult, for example a grandparent",
      },
    },
    betydelse_familj: {
      title: "How important is the family centre to your family?",
      minRateDescription: "Not important",
      maxRateDescription: "Very important",
    },
    besokare_roll: {
      title: "Who are you?",
      choices: {
        blivande_foralder: "Expecting parent",
        foralder: "Parent",
        annan_vuxen: "Another adult, for example a grandparent",
      },
    },
    barn_alder: {
      title: "How old are the children you come here with?",
      choices: {
        vantar: "I am expecting a baby",
        under_1: "Under 1 year",
        ar_1_3: "1–3 years",
        ar_4_6: "4–6 years",
        over_6: "Older than 6 years",
      },
    },
    besok_frekvens: {
      title: "How often do you come to the family centre?",
      choices: {
        forsta: "This is my first time",
        ibland: "A few times a year",
        manad: "Once or twice a month",
        vecka: "Every week or more often",
      },
    },
    verksamheter: {
      title: "Which parts of the family centre have you visited?",
      choices: {
        mhv: "The midwife clinic",
        bhv: "The child health clinic (BVC)",
        oppen_forskola: "The open preschool",
        socialtjanst: "Advice and support from social services",
        foraldragrupp: "A parent group",
      },
    },
    hittade_hit: {
      title: "How did you find out about the family centre?",
      choices: {
        bvc_barnmorska: "From the child health clinic or the midwife",
        vanner: "From friends or family",
        internet: "On the internet or social media",
        annat: "In another way",
      },
    },
    valkommen: { title: "I feel welcome at the family centre.", ...agree },
    bemotande: { title: "The staff treat me with respect.", ...agree },
    stod_foraldraskap: { title: "I get support in my role as a parent.", ...agree },
    nya_kontakter: { title: "I have met other parents here.", ...agree },
    vet_vart_vanda: { title: "I know where to turn if I need help or support.", ...agree },
    barns_rattigheter: {
      title: "I have been given information about children's rights under the Convention on the Rights of the Child.",
      ...agree,
    },
    "barns_rattigheter@2025": {
      title: "I have learnt what the Convention on the Rights of the Child means for my child.",
      ...agree,
    },
    oppettider: { title: "The opening hours suit me and my family.", ...agree },
    lokaler: { title: "The premises are pleasant and suited to children.", ...agree },
    inflytande: { title: "I can influence what happens at the family centre.", ...agree },
    betydelse: { title: "The family centre means a lot to my family.", ...agree },
    helhet: {
      title: "Overall, how satisfied are you with the family centre?",
      minRateDescription: "Not at all satisfied",
      maxRateDescription: "Very satisfied",
    },
    bast: { title: "What is the best thing about the family centre?" },
    battre: { title: "What could be better?" },
  },
};
