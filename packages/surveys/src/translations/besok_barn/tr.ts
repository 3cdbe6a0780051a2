import type { Translation } from "../../types.ts";

const smileys = { minRateDescription: "Hayır", maxRateDescription: "Evet" };

export const tr: Translation = {
  survey: { title: "Ne düşünüyorsun?", description: "Sana uyan şeye dokun.", completedHtml: "<h2>Teşekkürler!</h2>" },
  pages: {},
  questions: {
    trivs: { title: "Burada olmayı seviyor musun?", ...smileys },
    snalla_vuxna: { title: "Buradaki büyükler nazik mi, seni dinliyorlar mı?", ...smileys },
    "snalla_vuxna@2025": { title: "Buradaki büyükler nazik mi?", ...smileys },
    "snalla_vuxna@2027": { title: "Buradaki büyükler nazik mi?", ...smileys },
    kon: {
      title: "Kız mısın, erkek mi?",
      choices: { flicka: "Kız", pojke: "Erkek", vill_inte_saga: "Söylemek istemiyorum" },
    },
    lyssnar: { title: "Büyükler seni dinliyor mu?", ...smileys },
    gora_har: {
      title: "Burada ne yapmayı seviyorsun?",
      choices: {
        leka: "Oyun oynamak",
        mala: "Resim ve el işi yapmak",
        sjunga: "Şarkı söylemek",
        lasa: "Kitap okumak",
        fruktstund: "Meyve yemek",
        kompisar: "Arkadaşlarla buluşmak",
      },
    },
    andra: { title: "Burada değiştirmek istediğin bir şey var mı?" },
    alder: {
      title: "Kaç yaşındasın?",
      choices: { upp_till_3: "3 yaş veya daha küçük", ar_4_5: "4–5 yaş", fran_6: "6 yaş veya daha büyük" },
    },
    svarar: { title: "Kim cevaplıyor?", choices: { sjalv: "Ben", med_vuxen: "Ben ve bir büyük" } },
  },
};
