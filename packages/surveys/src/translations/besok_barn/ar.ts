import type { Translation } from "../../types.ts";

const smileys = { minRateDescription: "لا", maxRateDescription: "نعم" };

export const ar: Translation = {
  survey: { title: "ما رأيك؟", description: "اضغط على ما ينطبق عليك.", completedHtml: "<h2>شكرًا!</h2>" },
  pages: {},
  questions: {
    trivs: { title: "هل تحب أن تكون هنا؟", ...smileys },
    snalla_vuxna: { title: "هل الكبار هنا لطفاء ويستمعون إليك؟", ...smileys },
    "snalla_vuxna@2025": { title: "هل الكبار هنا لطفاء؟", ...smileys },
    "snalla_vuxna@2027": { title: "هل الكبار هنا لطفاء؟", ...smileys },
    kon: {
      title: "هل أنت بنت أم ولد؟",
      choices: { flicka: "بنت", pojke: "ولد", vill_inte_saga: "لا أريد أن أقول" },
    },
    lyssnar: { title: "هل يستمع إليك الكبار؟", ...smileys },
    gora_har: {
      title: "ماذا تحب أن تفعل هنا؟",
      choices: {
        leka: "اللعب",
        mala: "الرسم والأشغال اليدوية",
        sjunga: "الغناء",
        lasa: "قراءة الكتب",
        fruktstund: "أكل الفاكهة",
        kompisar: "لقاء الأصدقاء",
      },
    },
    andra: { title: "هل هناك شيء تريد تغييره هنا؟" },
    alder: {
      title: "كم عمرك؟",
      choices: { upp_till_3: "3 سنوات أو أقل", ar_4_5: "4–5 سنوات", fran_6: "6 سنوات أو أكثر" },
    },
    svarar: { title: "من يجيب؟", choices: { sjalv: "أنا وحدي", med_vuxen: "أنا وشخص كبير" } },
  },
};
