import type { Translation } from "../../types.ts";

const smileys = { minRateDescription: "نه", maxRateDescription: "بله" };

export const fa: Translation = {
  survey: { title: "نظرت چیست؟", description: "روی چیزی که برای تو درست است بزن.", completedHtml: "<h2>ممنون!</h2>" },
  pages: {},
  questions: {
    trivs: { title: "دوست داری اینجا باشی؟", ...smileys },
    snalla_vuxna: { title: "آیا بزرگ‌ترهای اینجا مهربان هستند و به حرف تو گوش می‌دهند؟", ...smileys },
    "snalla_vuxna@2025": { title: "آیا بزرگ‌ترهای اینجا مهربان هستند؟", ...smileys },
    "snalla_vuxna@2027": { title: "آیا بزرگ‌ترهای اینجا مهربان هستند؟", ...smileys },
    kon: {
      title: "دختر هستی یا پسر؟",
      choices: { flicka: "دختر", pojke: "پسر", vill_inte_saga: "نمی‌خواهم بگویم" },
    },
    lyssnar: { title: "آیا بزرگ‌ترها به حرف تو گوش می‌دهند؟", ...smileys },
    gora_har: {
      title: "دوست داری اینجا چه کار کنی؟",
      choices: {
        leka: "بازی کردن",
        mala: "نقاشی و کاردستی",
        sjunga: "آواز خواندن",
        lasa: "کتاب خواندن",
        fruktstund: "میوه خوردن",
        kompisar: "دیدن دوستان",
      },
    },
    andra: { title: "آیا چیزی هست که بخواهی اینجا عوض شود؟" },
    alder: {
      title: "چند سالت است؟",
      choices: { upp_till_3: "۳ سال یا کمتر", ar_4_5: "۴ تا ۵ سال", fran_6: "۶ سال یا بیشتر" },
    },
    svarar: { title: "چه کسی جواب می‌دهد؟", choices: { sjalv: "خودم", med_vuxen: "من و یک بزرگ‌تر" } },
  },
};
