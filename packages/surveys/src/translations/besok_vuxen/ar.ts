import type { Translation } from "../../types.ts";

const agree = {
  minRateDescription: "لا ينطبق إطلاقًا",
  maxRateDescription: "ينطبق تمامًا",
  dontKnowText: "لا أعرف / لا ينطبق",
};

export const ar: Translation = {
  survey: {
    title: "ما رأيك في مركز الأسرة؟",
    description: "تساعدنا إجاباتك على التحسّن. يستغرق الاستبيان بضع دقائق، وإجاباتك مجهولة الهوية – لن نسألك عن اسمك.",
    completedHtml: "<h2>شكرًا لك على إجاباتك!</h2>",
  },
  pages: {
    om_dig: { title: "معلومات عنك", description: "الأسئلة في هذه الصفحة اختيارية." },
    besoket: { title: "زيارتك" },
    bemotande: { title: "كيف تجد مركز الأسرة؟" },
    stod: { title: "الدعم والتواصل" },
    rattigheter: { title: "حقوق الطفل" },
    verksamheten: { title: "الأنشطة" },
    helhet: { title: "بشكل عام" },
    tankar: { title: "أفكارك", description: "لا تكتب أي أسماء. يمكنك تخطي هذه الأسئلة." },
  },
  questions: {
    "besokare_roll@2027": {
      title: "من أنت؟",
      choices: {
        blivande_foralder: "أنتظر مولودًا",
        mamma: "أم",
        pappa: "أب",
        annan_foralder: "والد آخر أو شريك",
        annan_vuxen: "شخص بالغ آخر، مثل الجد أو الجدة",
      },
    },
    betydelse_familj: {
      title: "ما مدى أهمية مركز الأسرة لعائلتك؟",
      minRateDescription: "غير مهم",
      maxRateDescription: "مهم جدًا",
    },
    besokare_roll: {
      title: "من أنت؟",
      choices: {
        blivande_foralder: "أنتظر مولودًا",
        foralder: "أحد الوالدين",
        annan_vuxen: "شخص بالغ آخر، مثل الجد أو الجدة",
      },
    },
    barn_alder: {
      title: "كم عمر الأطفال الذين تأتي معهم إلى هنا؟",
      choices: {
        vantar: "أنتظر مولودًا",
        under_1: "أقل من سنة",
        ar_1_3: "من 1 إلى 3 سنوات",
        ar_4_6: "من 4 إلى 6 سنوات",
        over_6: "أكبر من 6 سنوات",
      },
    },
    besok_frekvens: {
      title: "كم مرة تأتي إلى مركز الأسرة؟",
      choices: {
        forsta: "هذه أول مرة",
        ibland: "بضع مرات في السنة",
        manad: "مرة أو مرتين في الشهر",
        vecka: "كل أسبوع أو أكثر",
      },
    },
    verksamheter: {
      title: "أي أقسام مركز الأسرة زرت؟",
      choices: {
        mhv: "عيادة القابلة",
        bhv: "مركز رعاية صحة الطفل (BVC)",
        oppen_forskola: "الروضة المفتوحة",
        socialtjanst: "الاستشارة والدعم من الخدمات الاجتماعية",
        foraldragrupp: "مجموعة للآباء والأمهات",
      },
    },
    hittade_hit: {
      title: "كيف عرفت بوجود مركز الأسرة؟",
      choices: {
        bvc_barnmorska: "من مركز صحة الطفل أو القابلة",
        vanner: "من الأصدقاء أو الأقارب",
        internet: "من الإنترنت أو وسائل التواصل الاجتماعي",
        annat: "بطريقة أخرى",
      },
    },
    valkommen: { title: "أشعر بالترحيب في مركز الأسرة.", ...agree },
    bemotande: { title: "يعاملني الموظفون باحترام.", ...agree },
    stod_foraldraskap: { title: "أحصل على دعم في دوري كأب أو أم.", ...agree },
    nya_kontakter: { title: "تعرّفت هنا على آباء وأمهات آخرين.", ...agree },
    vet_vart_vanda: { title: "أعرف إلى أين أتوجه إذا احتجت إلى مساعدة أو دعم.", ...agree },
    barns_rattigheter: { title: "حصلت على معلومات عن حقوق الطفل وفق اتفاقية حقوق الطفل.", ...agree },
    "barns_rattigheter@2025": { title: "عرفت ماذا تعني اتفاقية حقوق الطفل لطفلي.", ...agree },
    oppettider: { title: "أوقات الدوام تناسبني وتناسب عائلتي.", ...agree },
    lokaler: { title: "المكان مريح ومناسب للأطفال.", ...agree },
    inflytande: { title: "أستطيع أن أؤثر فيما يحدث في مركز الأسرة.", ...agree },
    betydelse: { title: "مركز الأسرة يعني الكثير لعائلتي.", ...agree },
    helhet: {
      title: "بشكل عام، ما مدى رضاك عن مركز الأسرة؟",
      minRateDescription: "غير راضٍ إطلاقًا",
      maxRateDescription: "راضٍ جدًا",
    },
    bast: { title: "ما أفضل شيء في مركز الأسرة؟" },
    battre: { title: "ما الذي يمكن تحسينه؟" },
  },
};
