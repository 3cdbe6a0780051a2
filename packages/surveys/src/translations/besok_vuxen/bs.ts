import type { Translation } from "../../types.ts";

const agree = {
  minRateDescription: "Uopće nije tačno",
  maxRateDescription: "Potpuno je tačno",
  dontKnowText: "Ne znam / Nije primjenjivo",
};

/** Bosnian/Croatian/Serbian in Latin script, worded so that speakers of all three understand it. */
export const bs: Translation = {
  survey: {
    title: "Šta mislite o porodičnom centru?",
    description:
      "Vaši odgovori nam pomažu da budemo bolji. Anketa traje nekoliko minuta i anonimna je – ne pitamo za Vaše ime.",
    completedHtml: "<h2>Hvala na odgovorima!</h2>",
  },
  pages: {
    om_dig: { title: "O Vama", description: "Pitanja na ovoj stranici nisu obavezna." },
    besoket: { title: "Vaša posjeta" },
    bemotande: { title: "Kako doživljavate porodični centar?" },
    stod: { title: "Podrška i kontakti" },
    rattigheter: { title: "Prava djeteta" },
    verksamheten: { title: "Aktivnosti" },
    helhet: { title: "Sveukupno" },
    tankar: { title: "Vaša razmišljanja", description: "Ne pišite nikakva imena. Ova pitanja možete preskočiti." },
  },
  questions: {
    "besokare_roll@2027": {
      title: "Ko ste Vi?",
      choices: {
        blivande_foralder: "Budući roditelj",
        mamma: "Mama",
        pappa: "Tata",
        annan_foralder: "Drugi roditelj ili partner",
        annan_vuxen: "Druga odrasla osoba, na primjer baka ili djed",
      },
    },
    betydelse_familj: {
      title: "Koliko je porodični centar važan za Vašu porodicu?",
      minRateDescription: "Nije važan",
      maxRateDescription: "Veoma važan",
    },
    besokare_roll: {
      title: "Ko ste Vi?",
      choices: {
        blivande_foralder: "Budući roditelj",
        foralder: "Roditelj",
        annan_vuxen: "Druga odrasla osoba, na primjer baka ili djed",
      },
    },
    barn_alder: {
      title: "Koliko godina imaju djeca s kojom dolazite ovdje?",
      choices: {
        vantar: "Očekujem dijete",
        under_1: "Manje od 1 godine",
        ar_1_3: "1–3 godine",
        ar_4_6: "4–6 godina",
        over_6: "Više od 6 godina",
      },
    },
    besok_frekvens: {
      title: "Koliko često dolazite u porodični centar?",
      choices: {
        forsta: "Ovdje sam prvi put",
        ibland: "Nekoliko puta godišnje",
        manad: "Jednom ili dvaput mjesečno",
        vecka: "Svake sedmice ili češće",
      },
    },
    verksamheter: {
      title: "Koje dijelove porodičnog centra ste posjetili?",
      choices: {
        mhv: "Ambulantu babice",
        bhv: "Dječiji dispanzer (BVC)",
        oppen_forskola: "Otvoreni vrtić",
        socialtjanst: "Savjetovanje i podršku socijalne službe",
        foraldragrupp: "Grupu za roditelje",
      },
    },
    hittade_hit: {
      title: "Kako ste saznali za porodični centar?",
      choices: {
        bvc_barnmorska: "Od dječijeg dispanzera ili babice",
        vanner: "Od prijatelja ili rodbine",
        internet: "Na internetu ili društvenim mrežama",
        annat: "Na drugi način",
      },
    },
    valkommen: { title: "U porodičnom centru se osjećam dobrodošlo.", ...agree },
    bemotande: { title: "Osoblje se prema meni odnosi s poštovanjem.", ...agree },
    stod_foraldraskap: { title: "Dobijam podršku u roditeljstvu.", ...agree },
    nya_kontakter: { title: "Ovdje sam upoznao/upoznala druge roditelje.", ...agree },
    vet_vart_vanda: { title: "Znam kome da se obratim ako mi treba pomoć ili podrška.", ...agree },
    barns_rattigheter: {
      title: "Dobio/dobila sam informacije o pravima djeteta prema Konvenciji o pravima djeteta.",
      ...agree,
    },
    "barns_rattigheter@2025": {
      title: "Saznao/saznala sam šta Konvencija o pravima djeteta znači za moje dijete.",
      ...agree,
    },
    oppettider: { title: "Radno vrijeme odgovara meni i mojoj porodici.", ...agree },
    lokaler: { title: "Prostorije su prijatne i prilagođene djeci.", ...agree },
    inflytande: { title: "Mogu uticati na ono što se dešava u porodičnom centru.", ...agree },
    betydelse: { title: "Porodični centar mnogo znači mojoj porodici.", ...agree },
    helhet: {
      title: "Koliko ste sveukupno zadovoljni porodičnim centrom?",
      minRateDescription: "Uopće nisam zadovoljan/zadovoljna",
      maxRateDescription: "Veoma sam zadovoljan/zadovoljna",
    },
    bast: { title: "Šta je najbolje u porodičnom centru?" },
    battre: { title: "Šta bi moglo biti bolje?" },
  },
};
