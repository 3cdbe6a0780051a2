import type { Translation } from "../../types.ts";

const agree = {
  minRateDescription: "Зовсім не так",
  maxRateDescription: "Повністю так",
  dontKnowText: "Не знаю / Не стосується",
};

export const uk: Translation = {
  survey: {
    title: "Що ви думаєте про сімейний центр?",
    description:
      "Ваші відповіді допомагають нам ставати кращими. Опитування займе кілька хвилин, і воно анонімне – ми не питаємо вашого імені.",
    completedHtml: "<h2>Дякуємо за ваші відповіді!</h2>",
  },
  pages: {
    om_dig: { title: "Про вас", description: "Запитання на цій сторінці не є обов'язковими." },
    besoket: { title: "Ваш візит" },
    bemotande: { title: "Які ваші враження від сімейного центру?" },
    stod: { title: "Підтримка та знайомства" },
    rattigheter: { title: "Права дитини" },
    verksamheten: { title: "Діяльність центру" },
    helhet: { title: "Загалом" },
    tankar: { title: "Ваші думки", description: "Не пишіть жодних імен. Ці запитання можна пропустити." },
  },
  questions: {
    "besokare_roll@2027": {
      title: "Хто ви?",
      choices: {
        blivande_foralder: "Майбутній батько або майбутня мати",
        mamma: "Мама",
        pappa: "Тато",
        annan_foralder: "Інший з батьків або партнер",
        annan_vuxen: "Інша доросла людина, наприклад бабуся чи дідусь",
      },
    },
    betydelse_familj: {
      title: "Наскільки сімейний центр важливий для вашої родини?",
      minRateDescription: "Зовсім не важливий",
      maxRateDescription: "Дуже важливий",
    },
    besokare_roll: {
      title: "Хто ви?",
      choices: {
        blivande_foralder: "Майбутній батько або майбутня мати",
        foralder: "Батько або мати",
        annan_vuxen: "Інша доросла людина, наприклад бабуся чи дідусь",
      },
    },
    barn_alder: {
      title: "Скільки років дітям, з якими ви сюди приходите?",
      choices: {
        vantar: "Я чекаю на дитину",
        under_1: "До 1 року",
        ar_1_3: "1–3 роки",
        ar_4_6: "4–6 років",
        over_6: "Понад 6 років",
      },
    },
    besok_frekvens: {
      title: "Як часто ви приходите до сімейного центру?",
      choices: {
        forsta: "Я тут уперше",
        ibland: "Кілька разів на рік",
        manad: "Один-два рази на місяць",
        vecka: "Щотижня або частіше",
      },
    },
    verksamheter: {
      title: "Які служби сімейного центру ви відвідували?",
      choices: {
        mhv: "Прийом акушерки",
        bhv: "Дитяча поліклініка (BVC)",
        oppen_forskola: "Відкритий дитячий садок",
        socialtjanst: "Консультації та підтримка соціальної служби",
        foraldragrupp: "Група для батьків",
      },
    },
    hittade_hit: {
      title: "Як ви дізналися про сімейний центр?",
      choices: {
        bvc_barnmorska: "Від дитячої поліклініки або акушерки",
        vanner: "Від друзів або родичів",
        internet: "В інтернеті або соціальних мережах",
        annat: "Інакше",
      },
    },
    valkommen: { title: "У сімейному центрі я почуваюся бажаним гостем.", ...agree },
    bemotande: { title: "Працівники ставляться до мене з повагою.", ...agree },
    stod_foraldraskap: { title: "Я отримую підтримку у своєму батьківстві.", ...agree },
    nya_kontakter: { title: "Тут я познайомився з іншими батьками.", ...agree },
    vet_vart_vanda: { title: "Я знаю, куди звернутися, якщо мені потрібна допомога чи підтримка.", ...agree },
    barns_rattigheter: {
      title: "Я отримав інформацію про права дитини згідно з Конвенцією ООН про права дитини.",
      ...agree,
    },
    "barns_rattigheter@2025": { title: "Я дізнався, що Конвенція про права дитини означає для моєї дитини.", ...agree },
    oppettider: { title: "Години роботи підходять мені та моїй родині.", ...agree },
    lokaler: { title: "Приміщення затишні та пристосовані для дітей.", ...agree },
    inflytande: { title: "Я можу впливати на те, що відбувається в сімейному центрі.", ...agree },
    betydelse: { title: "Сімейний центр багато значить для моєї родини.", ...agree },
    helhet: {
      title: "Наскільки ви загалом задоволені сімейним центром?",
      minRateDescription: "Зовсім не задоволений",
      maxRateDescription: "Дуже задоволений",
    },
    bast: { title: "Що найкраще в сімейному центрі?" },
    battre: { title: "Що можна покращити?" },
  },
};
