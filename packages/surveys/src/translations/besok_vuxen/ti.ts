import type { Translation } from "../../types.ts";

const agree = {
  minRateDescription: "ፈጺሙ ሓቂ ኣይኮነን",
  maxRateDescription: "ምሉእ ብምሉእ ሓቂ እዩ",
  dontKnowText: "ኣይፈልጥን / ኣይምልከትን",
};

export const ti: Translation = {
  survey: {
    title: "ብዛዕባ ማእከል ስድራቤት እንታይ ትሓስብ?",
    description: "መልስታትካ ንክንመሓየሽ ይሕግዘና። እዚ መሕተቲ ቁሩብ ደቓይቕ ጥራይ እዩ ዝወስድ፣ ስምካ ኣይንሓተካን ኢና።",
    completedHtml: "<h2>ስለ መልስታትካ የቐንየልና!</h2>",
  },
  pages: {
    om_dig: { title: "ብዛዕባኻ", description: "ኣብዚ ገጽ ዘለዉ ሕቶታት ግዴታ ኣይኮኑን።" },
    besoket: { title: "ምብጻሕካ" },
    bemotande: { title: "ማእከል ስድራቤት ከመይ ትረኽቦ?" },
    stod: { title: "ደገፍን ርክብን" },
    rattigheter: { title: "መሰላት ቆልዑ" },
    verksamheten: { title: "ንጥፈታት" },
    helhet: { title: "ብሓፈሻ" },
    tankar: { title: "ሓሳባትካ", description: "ዝኾነ ስም ኣይትጽሓፍ። ነዞም ሕቶታት ክትሓልፎም ትኽእል ኢኻ።" },
  },
  questions: {
    "besokare_roll@2027": {
      title: "መን ኢኻ?",
      choices: {
        blivande_foralder: "ውላድ ዝጽበ ወላዲ",
        mamma: "ኣደ",
        pappa: "ኣቦ",
        annan_foralder: "ካልእ ወላዲ ወይ መጻምድቲ",
        annan_vuxen: "ካልእ ዓቢ ሰብ፣ ንኣብነት ኣቦሓጎ ወይ ዓባይ",
      },
    },
    betydelse_familj: {
      title: "ማእከል ስድራቤት ንስድራኻ ክንደይ ኣገዳሲ እዩ?",
      minRateDescription: "ኣገዳሲ ኣይኮነን",
      maxRateDescription: "ኣዝዩ ኣገዳሲ እዩ",
    },
    besokare_roll: {
      title: "መን ኢኻ?",
      choices: {
        blivande_foralder: "ውላድ ዝጽበ ወላዲ",
        foralder: "ወላዲ",
        annan_vuxen: "ካልእ ዓቢ ሰብ፣ ንኣብነት ኣቦሓጎ ወይ ዓባይ",
      },
    },
    barn_alder: {
      title: "ምሳኻ ናብዚ ዝመጹ ቆልዑ ክንደይ ዕድመ ኣለዎም?",
      choices: {
        vantar: "ውላድ እጽበ ኣለኹ",
        under_1: "ትሕቲ 1 ዓመት",
        ar_1_3: "1–3 ዓመት",
        ar_4_6: "4–6 ዓመት",
        over_6: "ልዕሊ 6 ዓመት",
      },
    },
    besok_frekvens: {
      title: "ክንደይ ግዜ ናብ ማእከል ስድራቤት ትመጽእ?",
      choices: {
        forsta: "እዚ ናይ መጀመርታ ግዜይ እዩ",
        ibland: "ኣብ ዓመት ሒደት ግዜ",
        manad: "ኣብ ወርሒ ሓደ ወይ ክልተ ግዜ",
        vecka: "ኩሉ ሰሙን ወይ ካብኡ ንላዕሊ",
      },
    },
    verksamheter: {
      title: "ኣየናይ ክፍልታት ማእከል ስድራቤት በጺሕካ?",
      choices: {
        mhv: "ክሊኒክ መሕረሲት",
        bhv: "ማእከል ጥዕና ቆልዑ (BVC)",
        oppen_forskola: "ክፉት ቅድመ-ትምህርቲ",
        socialtjanst: "ምኽርን ደገፍን ካብ ማሕበራዊ ኣገልግሎት",
        foraldragrupp: "ጉጅለ ወለዲ",
      },
    },
    hittade_hit: {
      title: "ብዛዕባ ማእከል ስድራቤት ከመይ ፈሊጥካ?",
      choices: {
        bvc_barnmorska: "ካብ ማእከል ጥዕና ቆልዑ ወይ መሕረሲት",
        vanner: "ካብ ኣዕሩኽ ወይ ቤተሰብ",
        internet: "ካብ ኢንተርነት ወይ ማሕበራዊ መራኸቢታት",
        annat: "ብኻልእ መንገዲ",
      },
    },
    valkommen: { title: "ኣብ ማእከል ስድራቤት ብሕጉስ ከም ዝቕበሉኒ ይስምዓኒ።", ...agree },
    bemotande: { title: "ሰራሕተኛታት ብኽብሪ ይሕዙኒ።", ...agree },
    stod_foraldraskap: { title: "ኣብ ወላድነተይ ደገፍ እረክብ።", ...agree },
    nya_kontakter: { title: "ኣብዚ ምስ ካልኦት ወለዲ ተላሊየ።", ...agree },
    vet_vart_vanda: { title: "ሓገዝ ወይ ደገፍ እንተ ደልየ ናበይ ከም ዝኸይድ እፈልጥ።", ...agree },
    barns_rattigheter: { title: "ብመሰረት ውዕል መሰላት ህጻናት ብዛዕባ መሰላት ቆልዑ ሓበሬታ ረኺበ።", ...agree },
    "barns_rattigheter@2025": { title: "ውዕል መሰላት ህጻናት ንውላደይ እንታይ ማለት ምዃኑ ፈሊጠ።", ...agree },
    oppettider: { title: "ሰዓታት ስራሕ ንዓይን ንስድራይን ይስማማዕ።", ...agree },
    lokaler: { title: "እቲ ቦታ ምቹእን ንቆልዑ ዝሰማማዕን እዩ።", ...agree },
    inflytande: { title: "ኣብቲ ኣብ ማእከል ስድራቤት ዝግበር ጽልዋ ክገብር እኽእል።", ...agree },
    betydelse: { title: "ማእከል ስድራቤት ንስድራይ ብዙሕ ማለት እዩ።", ...agree },
    helhet: {
      title: "ብሓፈሻ፣ ብማእከል ስድራቤት ክንደይ ዕጉብ ኢኻ?",
      minRateDescription: "ፈጺመ ዕጉብ ኣይኮንኩን",
      maxRateDescription: "ኣዝየ ዕጉብ እየ",
    },
    bast: { title: "ኣብ ማእከል ስድራቤት እቲ ዝበለጸ እንታይ እዩ?" },
    battre: { title: "እንታይ ክመሓየሽ ይኽእል?" },
  },
};
