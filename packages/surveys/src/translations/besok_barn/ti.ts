import type { Translation } from "../../types.ts";

const smileys = { minRateDescription: "ኣይፋል", maxRateDescription: "እወ" };

export const ti: Translation = {
  survey: { title: "እንታይ ትሓስብ?", description: "ንዓኻ ዝሰማማዕ ጠውቕ።", completedHtml: "<h2>የቐንየለይ!</h2>" },
  pages: {},
  questions: {
    trivs: { title: "ኣብዚ ምህላው ትፈቱዶ?", ...smileys },
    snalla_vuxna: { title: "ኣብዚ ዘለዉ ዓበይቲ ሕያዋትን ዝሰምዑኻን ድዮም?", ...smileys },
    "snalla_vuxna@2025": { title: "ኣብዚ ዘለዉ ዓበይቲ ሕያዋት ድዮም?", ...smileys },
    "snalla_vuxna@2027": { title: "ኣብዚ ዘለዉ ዓበይቲ ሕያዋት ድዮም?", ...smileys },
    kon: {
      title: "ጓል ዲኺ ወይስ ወዲ ኢኻ?",
      choices: { flicka: "ጓል", pojke: "ወዲ", vill_inte_saga: "ክነግር ኣይደልን" },
    },
    lyssnar: { title: "ዓበይቲ ይሰምዑኻዶ?", ...smileys },
    gora_har: {
      title: "ኣብዚ እንታይ ክትገብር ትፈቱ?",
      choices: {
        leka: "ምጽዋት",
        mala: "ምስኣልን ኢደ-ጥበብን",
        sjunga: "ምዝማር",
        lasa: "መጻሕፍቲ ምንባብ",
        fruktstund: "ፍሩታ ምብላዕ",
        kompisar: "ምስ ኣዕሩኽ ምርኻብ",
      },
    },
    andra: { title: "ኣብዚ ክትቕይሮ እትደሊ ነገር ኣሎዶ?" },
    alder: {
      title: "ክንደይ ዕድመ ኣሎካ?",
      choices: { upp_till_3: "3 ዓመት ወይ ትሕቲኡ", ar_4_5: "4–5 ዓመት", fran_6: "6 ዓመት ወይ ልዕሊኡ" },
    },
    svarar: { title: "መን እዩ ዝምልስ ዘሎ?", choices: { sjalv: "ባዕለይ", med_vuxen: "ኣነን ሓደ ዓቢ ሰብን" } },
  },
};
