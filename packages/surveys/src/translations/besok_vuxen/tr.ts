import type { Translation } from "../../types.ts";

const agree = {
  minRateDescription: "Hiç doğru değil",
  maxRateDescription: "Tamamen doğru",
  dontKnowText: "Bilmiyorum / Geçerli değil",
};

export const tr: Translation = {
  survey: {
    title: "Aile merkezi hakkında ne düşünüyorsunuz?",
    description:
      "Yanıtlarınız daha iyi olmamıza yardımcı olur. Anket birkaç dakika sürer ve anonimdir – adınızı sormuyoruz.",
    completedHtml: "<h2>Yanıtlarınız için teşekkür ederiz!</h2>",
  },
  pages: {
    om_dig: { title: "Sizin hakkınızda", description: "Bu sayfadaki sorular isteğe bağlıdır." },
    besoket: { title: "Ziyaretiniz" },
    bemotande: { title: "Aile merkezini nasıl buluyorsunuz?" },
    stod: { title: "Destek ve iletişim" },
    rattigheter: { title: "Çocuk hakları" },
    verksamheten: { title: "Etkinlikler" },
    helhet: { title: "Genel olarak" },
    tankar: { title: "Düşünceleriniz", description: "Hiçbir isim yazmayın. Bu soruları atlayabilirsiniz." },
  },
  questions: {
    "besokare_roll@2027": {
      title: "Siz kimsiniz?",
      choices: {
        blivande_foralder: "Bebek bekleyen ebeveyn",
        mamma: "Anne",
        pappa: "Baba",
        annan_foralder: "Diğer ebeveyn veya partner",
        annan_vuxen: "Başka bir yetişkin, örneğin büyükanne veya büyükbaba",
      },
    },
    betydelse_familj: {
      title: "Aile merkezi aileniz için ne kadar önemli?",
      minRateDescription: "Hiç önemli değil",
      maxRateDescription: "Çok önemli",
    },
    besokare_roll: {
      title: "Siz kimsiniz?",
      choices: {
        blivande_foralder: "Bebek bekleyen ebeveyn",
        foralder: "Ebeveyn",
        annan_vuxen: "Başka bir yetişkin, örneğin büyükanne veya büyükbaba",
      },
    },
    barn_alder: {
      title: "Buraya birlikte geldiğiniz çocuklar kaç yaşında?",
      choices: {
        vantar: "Bebek bekliyorum",
        under_1: "1 yaşından küçük",
        ar_1_3: "1–3 yaş",
        ar_4_6: "4–6 yaş",
        over_6: "6 yaşından büyük",
      },
    },
    besok_frekvens: {
      title: "Aile merkezine ne sıklıkla geliyorsunuz?",
      choices: {
        forsta: "İlk kez geliyorum",
        ibland: "Yılda birkaç kez",
        manad: "Ayda bir veya iki kez",
        vecka: "Her hafta veya daha sık",
      },
    },
    verksamheter: {
      title: "Aile merkezinin hangi bölümlerini ziyaret ettiniz?",
      choices: {
        mhv: "Ebe polikliniği",
        bhv: "Çocuk sağlığı merkezi (BVC)",
        oppen_forskola: "Açık anaokulu",
        socialtjanst: "Sosyal hizmetlerden danışmanlık ve destek",
        foraldragrupp: "Ebeveyn grubu",
      },
    },
    hittade_hit: {
      title: "Aile merkezini nasıl öğrendiniz?",
      choices: {
        bvc_barnmorska: "Çocuk sağlığı merkezinden veya ebeden",
        vanner: "Arkadaşlardan veya akrabalardan",
        internet: "İnternetten veya sosyal medyadan",
        annat: "Başka bir şekilde",
      },
    },
    valkommen: { title: "Aile merkezinde kendimi hoş karşılanmış hissediyorum.", ...agree },
    bemotande: { title: "Çalışanlar bana saygıyla davranıyor.", ...agree },
    stod_foraldraskap: { title: "Ebeveynliğimde destek alıyorum.", ...agree },
    nya_kontakter: { title: "Burada başka ebeveynlerle tanıştım.", ...agree },
    vet_vart_vanda: { title: "Yardıma veya desteğe ihtiyacım olursa nereye başvuracağımı biliyorum.", ...agree },
    barns_rattigheter: { title: "Çocuk Hakları Sözleşmesi'ne göre çocuk hakları hakkında bilgi aldım.", ...agree },
    "barns_rattigheter@2025": {
      title: "Çocuk Hakları Sözleşmesi'nin çocuğum için ne anlama geldiğini öğrendim.",
      ...agree,
    },
    oppettider: { title: "Açılış saatleri bana ve aileme uygun.", ...agree },
    lokaler: { title: "Mekân hoş ve çocuklara uygun.", ...agree },
    inflytande: { title: "Aile merkezinde olanları etkileyebiliyorum.", ...agree },
    betydelse: { title: "Aile merkezi ailem için çok şey ifade ediyor.", ...agree },
    helhet: {
      title: "Genel olarak aile merkezinden ne kadar memnunsunuz?",
      minRateDescription: "Hiç memnun değilim",
      maxRateDescription: "Çok memnunum",
    },
    bast: { title: "Aile merkezinin en iyi yanı nedir?" },
    battre: { title: "Ne daha iyi olabilir?" },
  },
};
