import type { VisitorLocale } from "@fcs/surveys/kinds";

/** The kiosk's own words around the surveys, in every visitor language (the surveys carry their own). */
export interface KioskText {
  welcome: string;
  chooseLanguage: string;
  adult: string;
  child: string;
  thanks: string;
  stillThere: string;
  continue: string;
  restartIn: (seconds: number) => string;
  closed: string;
  sendFailed: string;
  /** The survey could not be loaded (offline before it was ever cached). */
  surveyUnavailable: string;
  /** Leaving a survey half-way: the button, the question, and the two answers. */
  cancel: string;
  confirmCancel: string;
  cancelYes: string;
  cancelNo: string;
  /** After the title of a question one may leave unanswered. */
  optional: string;
  /** On a paper form: under a question with one answer, and under one with several. */
  paperMarkOne: string;
  paperMarkAny: string;
  /** The button that reads a question aloud. */
  listen: string;
}

export const kioskText: Record<VisitorLocale, KioskText> = {
  sv: {
    welcome: "Vad tycker du om familjecentralen?",
    chooseLanguage: "Välj språk",
    adult: "Vuxen",
    child: "Barn",
    thanks: "Tack för dina svar!",
    stillThere: "Är du kvar?",
    continue: "Ja, jag vill fortsätta",
    restartIn: (s) => `Om ${s} sekunder börjar enkäten om.`,
    closed: "Just nu samlar vi inte in svar. Välkommen tillbaka!",
    sendFailed: "Svaren kunde inte skickas just nu. Säg till personalen.",
    surveyUnavailable: "Enkäten kan inte visas just nu. Säg till personalen.",
    cancel: "Avbryt",
    confirmCancel:
      "Vill du avbryta? Dina svar sparas inte. Du kommer tillbaka till början, där du också kan byta språk.",
    cancelYes: "Ja, avbryt",
    cancelNo: "Nej, fortsätt",
    optional: "valfritt",
    paperMarkOne: "Kryssa i ett svar.",
    paperMarkAny: "Kryssa i alla som stämmer.",
    listen: "Lyssna",
  },
  en: {
    welcome: "What do you think of the family centre?",
    chooseLanguage: "Choose language",
    adult: "Adult",
    child: "Child",
    thanks: "Thank you for your answers!",
    stillThere: "Are you still there?",
    continue: "Yes, I want to continue",
    restartIn: (s) => `The survey starts over in ${s} seconds.`,
    closed: "We are not collecting answers right now. Welcome back!",
    sendFailed: "Your answers could not be sent right now. Please tell the staff.",
    surveyUnavailable: "The survey cannot be shown right now. Please tell the staff.",
    cancel: "Cancel",
    confirmCancel:
      "Do you want to cancel? Your answers will not be saved. You will return to the start, where you can also change the language.",
    cancelYes: "Yes, cancel",
    cancelNo: "No, continue",
    optional: "optional",
    paperMarkOne: "Tick one answer.",
    paperMarkAny: "Tick all that apply.",
    listen: "Listen",
  },
  ar: {
    welcome: "ما رأيك في مركز الأسرة؟",
    chooseLanguage: "اختر اللغة",
    adult: "شخص بالغ",
    child: "طفل",
    thanks: "شكرًا لك على إجاباتك!",
    stillThere: "هل ما زلت هنا؟",
    continue: "نعم، أريد المتابعة",
    restartIn: (s) => `سيبدأ الاستبيان من جديد بعد ${s} ثانية.`,
    closed: "لا نجمع الإجابات الآن. أهلًا بك مرة أخرى!",
    sendFailed: "تعذّر إرسال إجاباتك الآن. يُرجى إخبار الموظفين.",
    surveyUnavailable: "لا يمكن عرض الاستبيان الآن. يُرجى إخبار الموظفين.",
    cancel: "إلغاء",
    confirmCancel: "هل تريد الإلغاء؟ لن يتم حفظ إجاباتك. ستعود إلى البداية، حيث يمكنك أيضًا تغيير اللغة.",
    cancelYes: "نعم، إلغاء",
    cancelNo: "لا، متابعة",
    optional: "اختياري",
    paperMarkOne: "ضع علامة على إجابة واحدة.",
    paperMarkAny: "ضع علامة على كل ما ينطبق.",
    listen: "استمع",
  },
  so: {
    welcome: "Maxaad ka qabtaa xarunta qoyska?",
    chooseLanguage: "Dooro luqadda",
    adult: "Qof weyn",
    child: "Ilmo",
    thanks: "Waad ku mahadsan tahay jawaabahaaga!",
    stillThere: "Weli ma joogtaa?",
    continue: "Haa, waan sii wadayaa",
    restartIn: (s) => `Su'aaluhu waxay dib u bilaabanayaan ${s} ilbiriqsi kadib.`,
    closed: "Hadda jawaabo ma ururinayno. Soo dhowow mar kale!",
    sendFailed: "Jawaabaha hadda lama diri karo. Fadlan u sheeg shaqaalaha.",
    surveyUnavailable: "Sahanka hadda lama muujin karo. Fadlan u sheeg shaqaalaha.",
    cancel: "Jooji",
    confirmCancel:
      "Ma rabtaa inaad joojiso? Jawaabahaaga lama kaydin doono. Waxaad ku noqon doontaa bilowga, halkaas oo aad sidoo kale ku beddeli karto luqadda.",
    cancelYes: "Haa, jooji",
    cancelNo: "Maya, sii wad",
    optional: "ikhtiyaari",
    paperMarkOne: "Calaamadee hal jawaab.",
    paperMarkAny: "Calaamadee dhammaan kuwa ku habboon.",
    listen: "Dhageyso",
  },
  ti: {
    welcome: "ብዛዕባ ማእከል ስድራቤት እንታይ ትሓስብ?",
    chooseLanguage: "ቋንቋ ምረጽ",
    adult: "ዓቢ ሰብ",
    child: "ቆልዓ",
    thanks: "ስለ መልስታትካ የቐንየልና!",
    stillThere: "ኣለኻዶ?",
    continue: "እወ፣ ክቕጽል እደሊ",
    restartIn: (s) => `እቲ መሕተቲ ድሕሪ ${s} ካልኢት ካብ መጀመርታ ክጅምር እዩ።`,
    closed: "ሕጂ መልስታት ኣይንእክብን ኢና። ደሓን ተመለስ!",
    sendFailed: "መልስታትካ ሕጂ ክለኣኹ ኣይከኣሉን። በጃኻ ንሰራሕተኛታት ንገሮም።",
    surveyUnavailable: "እቲ መጠይቕ ሕጂ ክርአ ኣይከኣለን። በጃኻ ንሰራሕተኛታት ንገሮም።",
    cancel: "ሰርዝ",
    confirmCancel: "ክትሰርዝ ትደሊ ዶ? መልስታትካ ኣይዕቀቡን። ናብ መጀመርታ ክትምለስ ኢኻ፣ ኣብኡ ቋንቋ እውን ክትቕይር ትኽእል።",
    cancelYes: "እወ፣ ሰርዝ",
    cancelNo: "ኣይፋል፣ ቀጽል",
    optional: "ብድሌት",
    paperMarkOne: "ሓደ መልሲ ምልክት ግበር።",
    paperMarkAny: "ኣብ ኩሎም ዝምልከቱ ምልክት ግበር።",
    listen: "ስማዕ",
  },
  fa: {
    welcome: "نظر شما دربارهٔ مرکز خانواده چیست؟",
    chooseLanguage: "زبان را انتخاب کنید",
    adult: "بزرگسال",
    child: "کودک",
    thanks: "از پاسخ‌های شما سپاسگزاریم!",
    stillThere: "هنوز اینجا هستید؟",
    continue: "بله، می‌خواهم ادامه دهم",
    restartIn: (s) => `پرسشنامه تا ${s} ثانیهٔ دیگر از نو شروع می‌شود.`,
    closed: "در حال حاضر پاسخی جمع‌آوری نمی‌کنیم. باز هم خوش آمدید!",
    sendFailed: "پاسخ‌های شما اکنون ارسال نشد. لطفاً به کارکنان بگویید.",
    surveyUnavailable: "پرسشنامه اکنون نمایش داده نمی‌شود. لطفاً به کارکنان بگویید.",
    cancel: "لغو",
    confirmCancel:
      "می‌خواهید لغو کنید؟ پاسخ‌های شما ذخیره نمی‌شوند. به ابتدا برمی‌گردید، جایی که می‌توانید زبان را هم تغییر دهید.",
    cancelYes: "بله، لغو شود",
    cancelNo: "نه، ادامه می‌دهم",
    optional: "اختیاری",
    paperMarkOne: "یک پاسخ را علامت بزنید.",
    paperMarkAny: "همه گزینه‌های درست را علامت بزنید.",
    listen: "گوش دهید",
  },
  uk: {
    welcome: "Що ви думаєте про сімейний центр?",
    chooseLanguage: "Оберіть мову",
    adult: "Дорослий",
    child: "Дитина",
    thanks: "Дякуємо за ваші відповіді!",
    stillThere: "Ви ще тут?",
    continue: "Так, я хочу продовжити",
    restartIn: (s) => `Опитування почнеться знову через ${s} с.`,
    closed: "Зараз ми не збираємо відповіді. Приходьте ще!",
    sendFailed: "Зараз не вдалося надіслати відповіді. Повідомте, будь ласка, працівників.",
    surveyUnavailable: "Зараз не вдалося показати опитування. Повідомте, будь ласка, працівників.",
    cancel: "Скасувати",
    confirmCancel:
      "Бажаєте скасувати? Ваші відповіді не буде збережено. Ви повернетеся на початок, де також можна змінити мову.",
    cancelYes: "Так, скасувати",
    cancelNo: "Ні, продовжити",
    optional: "необов’язково",
    paperMarkOne: "Позначте одну відповідь.",
    paperMarkAny: "Позначте всі відповіді, що підходять.",
    listen: "Слухати",
  },
  pl: {
    welcome: "Co sądzisz o centrum rodzinnym?",
    chooseLanguage: "Wybierz język",
    adult: "Dorosły",
    child: "Dziecko",
    thanks: "Dziękujemy za odpowiedzi!",
    stillThere: "Czy nadal tu jesteś?",
    continue: "Tak, chcę kontynuować",
    restartIn: (s) => `Ankieta zacznie się od nowa za ${s} s.`,
    closed: "Obecnie nie zbieramy odpowiedzi. Zapraszamy ponownie!",
    sendFailed: "Nie udało się teraz wysłać odpowiedzi. Poinformuj personel.",
    surveyUnavailable: "Nie udało się teraz wyświetlić ankiety. Poinformuj personel.",
    cancel: "Anuluj",
    confirmCancel:
      "Czy chcesz anulować? Twoje odpowiedzi nie zostaną zapisane. Wrócisz na początek, gdzie możesz też zmienić język.",
    cancelYes: "Tak, anuluj",
    cancelNo: "Nie, kontynuuj",
    optional: "nieobowiązkowe",
    paperMarkOne: "Zaznacz jedną odpowiedź.",
    paperMarkAny: "Zaznacz wszystkie pasujące odpowiedzi.",
    listen: "Posłuchaj",
  },
  tr: {
    welcome: "Aile merkezi hakkında ne düşünüyorsunuz?",
    chooseLanguage: "Dil seçin",
    adult: "Yetişkin",
    child: "Çocuk",
    thanks: "Yanıtlarınız için teşekkür ederiz!",
    stillThere: "Hâlâ burada mısınız?",
    continue: "Evet, devam etmek istiyorum",
    restartIn: (s) => `Anket ${s} saniye içinde yeniden başlayacak.`,
    closed: "Şu anda yanıt toplamıyoruz. Yine bekleriz!",
    sendFailed: "Yanıtlarınız şu anda gönderilemedi. Lütfen personele söyleyin.",
    surveyUnavailable: "Anket şu anda gösterilemiyor. Lütfen personele söyleyin.",
    cancel: "İptal",
    confirmCancel:
      "İptal etmek istiyor musunuz? Cevaplarınız kaydedilmeyecek. Dili de değiştirebileceğiniz başlangıca döneceksiniz.",
    cancelYes: "Evet, iptal et",
    cancelNo: "Hayır, devam et",
    optional: "isteğe bağlı",
    paperMarkOne: "Bir cevap işaretleyin.",
    paperMarkAny: "Uygun olanların hepsini işaretleyin.",
    listen: "Dinle",
  },
  bs: {
    welcome: "Šta mislite o porodičnom centru?",
    chooseLanguage: "Odaberite jezik",
    adult: "Odrasla osoba",
    child: "Dijete",
    thanks: "Hvala na odgovorima!",
    stillThere: "Jeste li još tu?",
    continue: "Da, želim nastaviti",
    restartIn: (s) => `Anketa počinje ispočetka za ${s} sekundi.`,
    closed: "Trenutno ne prikupljamo odgovore. Dobrodošli ponovo!",
    sendFailed: "Odgovori se trenutno ne mogu poslati. Molimo recite osoblju.",
    surveyUnavailable: "Anketa se trenutno ne može prikazati. Molimo recite osoblju.",
    cancel: "Odustani",
    confirmCancel:
      "Želite li odustati? Vaši odgovori neće biti sačuvani. Vratit ćete se na početak, gdje možete i promijeniti jezik.",
    cancelYes: "Da, odustani",
    cancelNo: "Ne, nastavi",
    optional: "nije obavezno",
    paperMarkOne: "Označite jedan odgovor.",
    paperMarkAny: "Označite sve odgovore koji odgovaraju.",
    listen: "Poslušaj",
  },
};
