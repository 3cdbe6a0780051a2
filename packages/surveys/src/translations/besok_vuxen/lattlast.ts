import type { Translation } from "../../types.ts";

/**
 * Easy-to-read Swedish (lättläst): one thing per sentence, common words, no abbreviations
 * without their meaning, the reader addressed as "du". The meaning of every question is the
 * Swedish one, so the answers are counted together with it.
 */
const agree = {
  minRateDescription: "Nej, inte alls",
  maxRateDescription: "Ja, helt",
  dontKnowText: "Vet inte",
};

export const lattlast: Translation = {
  survey: {
    title: "Vad tycker du om familjecentralen?",
    description:
      "Vi vill veta vad du tycker. Då kan vi bli bättre. Det tar några minuter att svara. Vi frågar inte vad du heter.",
    completedHtml: "<h2>Tack för att du svarade!</h2>",
  },
  pages: {
    om_dig: { title: "Om dig", description: "Du behöver inte svara på frågorna på den här sidan." },
    besoket: { title: "När du är här" },
    bemotande: { title: "Hur är det att vara här?" },
    stod: { title: "Hjälp och nya vänner" },
    rattigheter: { title: "Barnens rättigheter" },
    verksamheten: { title: "Familjecentralen" },
    helhet: { title: "Allt sammantaget" },
    tankar: { title: "Vad tycker du?", description: "Skriv inga namn. Du behöver inte svara." },
  },
  questions: {
    "besokare_roll@2027": {
      title: "Jag är här som …",
      choices: {
        blivande_foralder: "en som ska få barn",
        mamma: "mamma",
        pappa: "pappa",
        annan_foralder: "en annan förälder eller partner",
        annan_vuxen: "en annan vuxen, till exempel mormor",
      },
    },
    betydelse_familj: {
      title: "Hur viktig är familjecentralen för din familj?",
      minRateDescription: "Inte viktig",
      maxRateDescription: "Mycket viktig",
    },
    besokare_roll: {
      title: "Vem är du?",
      choices: {
        blivande_foralder: "Jag ska få barn",
        foralder: "Jag är förälder",
        annan_vuxen: "En annan vuxen, till exempel mormor eller farfar",
      },
    },
    barn_alder: {
      title: "Hur gamla är barnen som är med dig här?",
      choices: {
        vantar: "Jag väntar barn",
        under_1: "Yngre än 1 år",
        ar_1_3: "1, 2 eller 3 år",
        ar_4_6: "4, 5 eller 6 år",
        over_6: "Äldre än 6 år",
      },
    },
    besok_frekvens: {
      title: "Hur ofta är du här?",
      choices: {
        forsta: "Det är första gången",
        ibland: "Några gånger varje år",
        manad: "Någon gång varje månad",
        vecka: "Varje vecka eller oftare",
      },
    },
    verksamheter: {
      title: "Vad har du besökt på familjecentralen?",
      choices: {
        mhv: "Barnmorskan",
        bhv: "BVC, där barn får hälsokontroller och vaccin",
        oppen_forskola: "Öppna förskolan, där du leker med ditt barn",
        socialtjanst: "Socialtjänsten, som ger råd och stöd",
        foraldragrupp: "En grupp för föräldrar",
      },
    },
    hittade_hit: {
      title: "Hur fick du veta om familjecentralen?",
      choices: {
        bvc_barnmorska: "Av BVC eller barnmorskan",
        vanner: "Av vänner eller släkt",
        internet: "På internet",
        annat: "På något annat sätt",
      },
    },
    valkommen: { title: "Jag känner mig välkommen här.", ...agree },
    bemotande: { title: "Personalen är respektfull mot mig.", ...agree },
    stod_foraldraskap: { title: "Jag får hjälp att vara förälder.", ...agree },
    nya_kontakter: { title: "Jag har lärt känna andra föräldrar här.", ...agree },
    vet_vart_vanda: { title: "Jag vet vem jag kan fråga om jag behöver hjälp.", ...agree },
    barns_rattigheter: { title: "Jag har fått veta vilka rättigheter barn har.", ...agree },
    "barns_rattigheter@2025": { title: "Jag har fått veta vad barnkonventionen betyder för mitt barn.", ...agree },
    oppettider: { title: "Familjecentralen är öppen på tider som passar mig.", ...agree },
    lokaler: { title: "Det är trivsamt här, och bra för barn.", ...agree },
    inflytande: { title: "Jag kan vara med och bestämma vad som händer här.", ...agree },
    betydelse: { title: "Familjecentralen är viktig för min familj.", ...agree },
    helhet: {
      title: "Vad tycker du om familjecentralen, allt sammantaget?",
      minRateDescription: "Inte alls bra",
      maxRateDescription: "Mycket bra",
    },
    bast: { title: "Vad är bäst med familjecentralen?" },
    battre: { title: "Vad kan bli bättre?" },
  },
};
