import type { Translation } from "../../types.ts";

const agree = {
  minRateDescription: "اصلاً درست نیست",
  maxRateDescription: "کاملاً درست است",
  dontKnowText: "نمی‌دانم / مربوط نیست",
};

export const fa: Translation = {
  survey: {
    title: "نظر شما دربارهٔ مرکز خانواده چیست؟",
    description:
      "پاسخ‌های شما به ما کمک می‌کند بهتر شویم. پر کردن پرسشنامه چند دقیقه طول می‌کشد و شما ناشناس هستید – نام شما را نمی‌پرسیم.",
    completedHtml: "<h2>از پاسخ‌های شما سپاسگزاریم!</h2>",
  },
  pages: {
    om_dig: { title: "دربارهٔ شما", description: "پاسخ به پرسش‌های این صفحه اختیاری است." },
    besoket: { title: "مراجعهٔ شما" },
    bemotande: { title: "مرکز خانواده را چگونه تجربه می‌کنید؟" },
    stod: { title: "حمایت و ارتباط" },
    rattigheter: { title: "حقوق کودک" },
    verksamheten: { title: "فعالیت‌ها" },
    helhet: { title: "در مجموع" },
    tankar: { title: "نظرات شما", description: "هیچ نامی ننویسید. می‌توانید از این پرسش‌ها بگذرید." },
  },
  questions: {
    "besokare_roll@2027": {
      title: "شما چه کسی هستید؟",
      choices: {
        blivande_foralder: "در انتظار فرزند",
        mamma: "مادر",
        pappa: "پدر",
        annan_foralder: "والد دیگر یا همسر",
        annan_vuxen: "بزرگسال دیگر، مثلاً پدربزرگ یا مادربزرگ",
      },
    },
    betydelse_familj: {
      title: "مرکز خانواده برای خانوادهٔ شما چقدر اهمیت دارد؟",
      minRateDescription: "اهمیتی ندارد",
      maxRateDescription: "اهمیت زیادی دارد",
    },
    besokare_roll: {
      title: "شما چه کسی هستید؟",
      choices: {
        blivande_foralder: "در انتظار فرزند",
        foralder: "پدر یا مادر",
        annan_vuxen: "بزرگسال دیگر، مثلاً پدربزرگ یا مادربزرگ",
      },
    },
    barn_alder: {
      title: "کودکانی که با آن‌ها به اینجا می‌آیید چند ساله هستند؟",
      choices: {
        vantar: "باردار هستم / منتظر فرزند هستیم",
        under_1: "کمتر از ۱ سال",
        ar_1_3: "۱ تا ۳ سال",
        ar_4_6: "۴ تا ۶ سال",
        over_6: "بیشتر از ۶ سال",
      },
    },
    besok_frekvens: {
      title: "هر چند وقت یک بار به مرکز خانواده می‌آیید؟",
      choices: {
        forsta: "این اولین بار است",
        ibland: "چند بار در سال",
        manad: "یکی دو بار در ماه",
        vecka: "هر هفته یا بیشتر",
      },
    },
    verksamheter: {
      title: "از کدام بخش‌های مرکز خانواده بازدید کرده‌اید؟",
      choices: {
        mhv: "مطب ماما",
        bhv: "مرکز بهداشت کودک (BVC)",
        oppen_forskola: "پیش‌دبستانی باز",
        socialtjanst: "مشاوره و حمایت خدمات اجتماعی",
        foraldragrupp: "گروه والدین",
      },
    },
    hittade_hit: {
      title: "چگونه از وجود مرکز خانواده باخبر شدید؟",
      choices: {
        bvc_barnmorska: "از مرکز بهداشت کودک یا ماما",
        vanner: "از دوستان یا خویشاوندان",
        internet: "از اینترنت یا شبکه‌های اجتماعی",
        annat: "به شکلی دیگر",
      },
    },
    valkommen: { title: "در مرکز خانواده احساس می‌کنم از من استقبال می‌شود.", ...agree },
    bemotande: { title: "کارکنان با احترام با من رفتار می‌کنند.", ...agree },
    stod_foraldraskap: { title: "در نقش پدر یا مادر بودن حمایت می‌شوم.", ...agree },
    nya_kontakter: { title: "اینجا با والدین دیگر آشنا شده‌ام.", ...agree },
    vet_vart_vanda: { title: "می‌دانم اگر به کمک یا حمایت نیاز داشته باشم به کجا مراجعه کنم.", ...agree },
    barns_rattigheter: { title: "دربارهٔ حقوق کودک بر اساس کنوانسیون حقوق کودک اطلاعات گرفته‌ام.", ...agree },
    "barns_rattigheter@2025": { title: "فهمیده‌ام که کنوانسیون حقوق کودک برای فرزندم چه معنایی دارد.", ...agree },
    oppettider: { title: "ساعات کاری برای من و خانواده‌ام مناسب است.", ...agree },
    lokaler: { title: "فضای اینجا دلپذیر و مناسب کودکان است.", ...agree },
    inflytande: { title: "می‌توانم بر آنچه در مرکز خانواده انجام می‌شود اثر بگذارم.", ...agree },
    betydelse: { title: "مرکز خانواده برای خانوادهٔ من اهمیت زیادی دارد.", ...agree },
    helhet: {
      title: "در مجموع چقدر از مرکز خانواده راضی هستید؟",
      minRateDescription: "اصلاً راضی نیستم",
      maxRateDescription: "خیلی راضی هستم",
    },
    bast: { title: "بهترین چیز در مرکز خانواده چیست؟" },
    battre: { title: "چه چیزی می‌تواند بهتر شود؟" },
  },
};
