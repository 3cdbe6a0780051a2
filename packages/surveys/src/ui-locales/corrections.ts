/**
 * Corrections to survey-core's own dictionaries. Its Swedish has machine-translated
 * strings such as "Klar" for clear, "OKEJ" and "Annullera" (docs/domain.md); its Polish
 * leaves "Start" in English. Its Arabic is typed in visual order, as if for a left-to-right
 * screen ("{1} صفحة {0} من", ".يرجى الإجابة على السؤال": the full stop first), says "واضح"
 * (obvious) for clear and "إرسال البيانات" (send the data) for send; its Persian misses
 * full stops and doubles a space. Both are given in logical order, as a reader says them.
 */
const swedish = {
  clearCaption: "Rensa",
  selectCaption: "Välj",
  buttongroupOptionsCaption: "Välj …",
  ratingOptionsCaption: "Tryck här för att välja …",
  tagboxDoneButtonCaption: "OK",
  ok: "OK",
  cancel: "Avbryt",
  completingSurvey: "Tack för att du svarade på enkäten!",
  completeText: "Skicka",
  loadingSurvey: "Enkäten laddas …",
  loadingPage: "Laddar …",
  loadingData: "Laddar …",
  placeholder: "Välj …",
  requiredError: "Svara på frågan.",
  commentText: "Skriv gärna en kommentar",
  otherRequiredError: "Skriv ditt andra svar.",
  textMaxLength: "Skriv högst {0} tecken.",
  selectToRankEmptyRankedAreaText: "Alla alternativ är rangordnade",
  modalApplyButtonText: "Verkställ",
  noEntriesReadonlyText: "Det finns inga värden.",
};

const polish = { startSurveyText: "Rozpocznij" };

const arabic = {
  completeText: "إرسال",
  startSurveyText: "ابدأ",
  progressText: "الصفحة {0} من {1}",
  requiredError: "يرجى الإجابة على السؤال.",
  otherItemText: "غير ذلك (يرجى التوضيح)",
  commentText: "يمكنك كتابة تعليق",
  completingSurvey: "شكرًا لإجاباتك!",
  loadingSurvey: "جارٍ تحميل الاستبيان…",
  placeholder: "اختر…",
  ratingOptionsCaption: "اضغط هنا للاختيار…",
  clearCaption: "مسح",
  selectCaption: "اختر",
  textMaxLength: "يرجى كتابة {0} حرفًا على الأكثر.",
  otherRequiredError: "يرجى كتابة إجابتك الأخرى.",
  emptySurvey: "لا توجد أسئلة في هذا الاستبيان.",
};

const persian = {
  completeText: "ارسال",
  requiredError: "لطفاً به این سؤال پاسخ دهید.",
  otherItemText: "دیگر (توضیح دهید)",
  completingSurvey: "از پاسخ‌های شما سپاسگزاریم!",
  loadingSurvey: "در حال بارگذاری پرسشنامه…",
  placeholder: "انتخاب کنید…",
  ratingOptionsCaption: "برای انتخاب اینجا بزنید…",
  clearCaption: "پاک کردن",
  textMaxLength: "لطفاً حداکثر {0} حرف بنویسید.",
  otherRequiredError: "لطفاً پاسخ دیگر خود را بنویسید.",
};

export const localeCorrections: Record<string, Record<string, string>> = {
  sv: swedish,
  pl: polish,
  ar: arabic,
  fa: persian,
};
