import type { Translation } from "../../types.ts";

const agree = {
  minRateDescription: "Gabi ahaanba run maaha",
  maxRateDescription: "Gebi ahaanba waa run",
  dontKnowText: "Ma garanayo / Ma khuseeyo",
};

export const so: Translation = {
  survey: {
    title: "Maxaad ka qabtaa xarunta qoyska?",
    description:
      "Jawaabahaagu waxay naga caawinayaan inaan horumarino. Su'aaluhu waxay qaadanayaan dhowr daqiiqo, magacaagana lama weydiinayo.",
    completedHtml: "<h2>Waad ku mahadsan tahay jawaabahaaga!</h2>",
  },
  pages: {
    om_dig: { title: "Adiga", description: "Su'aalaha boggan waa ikhtiyaari." },
    besoket: { title: "Booqashadaada" },
    bemotande: { title: "Sidee ayaad u aragtaa xarunta qoyska?" },
    stod: { title: "Taageero iyo xiriir" },
    rattigheter: { title: "Xuquuqda carruurta" },
    verksamheten: { title: "Hawlaha" },
    helhet: { title: "Guud ahaan" },
    tankar: { title: "Fikradahaaga", description: "Ha qorin magac. Waad ka boodi kartaa su'aalahan." },
  },
  questions: {
    "besokare_roll@2027": {
      title: "Yaad tahay?",
      choices: {
        blivande_foralder: "Waalid sugaya ilmo",
        mamma: "Hooyo",
        pappa: "Aabbe",
        annan_foralder: "Waalid kale ama lammaane",
        annan_vuxen: "Qof kale oo weyn, tusaale ahaan ayeeyo ama awoowe",
      },
    },
    betydelse_familj: {
      title: "Intee in le'eg ayay xarunta qoysku muhiim ugu tahay qoyskaaga?",
      minRateDescription: "Muhiim ma aha",
      maxRateDescription: "Aad bay muhiim u tahay",
    },
    besokare_roll: {
      title: "Yaad tahay?",
      choices: {
        blivande_foralder: "Waalid sugaya ilmo",
        foralder: "Waalid",
        annan_vuxen: "Qof kale oo weyn, tusaale ahaan ayeeyo ama awoowe",
      },
    },
    barn_alder: {
      title: "Immisa jir ayay yihiin carruurta aad halkan la timaaddo?",
      choices: {
        vantar: "Waxaan sugayaa ilmo",
        under_1: "Ka yar 1 sano",
        ar_1_3: "1–3 sano",
        ar_4_6: "4–6 sano",
        over_6: "Ka weyn 6 sano",
      },
    },
    besok_frekvens: {
      title: "Intee jeer ayaad timaaddaa xarunta qoyska?",
      choices: {
        forsta: "Waa markii ugu horreysay",
        ibland: "Dhowr jeer sannadkii",
        manad: "Hal ama laba jeer bishii",
        vecka: "Toddobaad kasta ama ka badan",
      },
    },
    verksamheter: {
      title: "Qaybahee xarunta qoyska ayaad booqatay?",
      choices: {
        mhv: "Rugta umulisada",
        bhv: "Xarunta caafimaadka carruurta (BVC)",
        oppen_forskola: "Dugsiga barbaarinta ee furan",
        socialtjanst: "La-talin iyo taageero adeegga bulshada",
        foraldragrupp: "Koox waalidiin",
      },
    },
    hittade_hit: {
      title: "Sidee ku ogaatay in xarunta qoysku jirto?",
      choices: {
        bvc_barnmorska: "Xarunta caafimaadka carruurta ama umulisada",
        vanner: "Saaxiibbo ama qaraabo",
        internet: "Internetka ama baraha bulshada",
        annat: "Si kale",
      },
    },
    valkommen: { title: "Waxaan dareemaa in la i soo dhaweeyo xarunta qoyska.", ...agree },
    bemotande: { title: "Shaqaaluhu waxay ila dhaqmaan si ixtiraam leh.", ...agree },
    stod_foraldraskap: { title: "Waxaan helaa taageero xagga waalidnimada.", ...agree },
    nya_kontakter: { title: "Halkan waxaan ku bartay waalidiin kale.", ...agree },
    vet_vart_vanda: { title: "Waan ogahay meesha aan u jeesto haddii aan u baahdo caawimaad ama taageero.", ...agree },
    barns_rattigheter: {
      title: "Waxaa la i siiyay macluumaad ku saabsan xuquuqda carruurta sida ku qoran heshiiska xuquuqda ilmaha.",
      ...agree,
    },
    "barns_rattigheter@2025": {
      title: "Waxaan ogaaday waxa heshiiska xuquuqda ilmaha uu u macno yahay ilmahayga.",
      ...agree,
    },
    oppettider: { title: "Saacadaha furitaanku way ku habboon yihiin aniga iyo qoyskayga.", ...agree },
    lokaler: { title: "Goobtu waa mid raaxo leh oo carruurta ku habboon.", ...agree },
    inflytande: { title: "Waan saameyn karaa waxa ka dhaca xarunta qoyska.", ...agree },
    betydelse: { title: "Xarunta qoysku waxay muhiimad weyn u leedahay qoyskayga.", ...agree },
    helhet: {
      title: "Guud ahaan, intee ayaad ku qanacsan tahay xarunta qoyska?",
      minRateDescription: "Haba yaraatee kuma qanacsani",
      maxRateDescription: "Aad baan ugu qanacsanahay",
    },
    bast: { title: "Maxaa ugu fiican xarunta qoyska?" },
    battre: { title: "Maxaa ka fiicnaan kara?" },
  },
};
