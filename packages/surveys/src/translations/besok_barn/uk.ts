import type { Translation } from "../../types.ts";

const smileys = { minRateDescription: "Ні", maxRateDescription: "Так" };

export const uk: Translation = {
  survey: {
    title: "Що ти думаєш?",
    description: "Натисни на те, що підходить тобі.",
    completedHtml: "<h2>Дякуємо!</h2>",
  },
  pages: {},
  questions: {
    trivs: { title: "Тобі подобається тут бути?", ...smileys },
    snalla_vuxna: { title: "Дорослі тут добрі й слухають тебе?", ...smileys },
    "snalla_vuxna@2025": { title: "Дорослі тут добрі?", ...smileys },
    "snalla_vuxna@2027": { title: "Дорослі тут добрі?", ...smileys },
    kon: {
      title: "Ти дівчинка чи хлопчик?",
      choices: { flicka: "Дівчинка", pojke: "Хлопчик", vill_inte_saga: "Не хочу казати" },
    },
    lyssnar: { title: "Дорослі тебе слухають?", ...smileys },
    gora_har: {
      title: "Що тобі подобається тут робити?",
      choices: {
        leka: "Гратися",
        mala: "Малювати й майструвати",
        sjunga: "Співати",
        lasa: "Читати книжки",
        fruktstund: "Їсти фрукти",
        kompisar: "Зустрічатися з друзями",
      },
    },
    andra: { title: "Чи хочеш ти щось тут змінити?" },
    alder: {
      title: "Скільки тобі років?",
      choices: { upp_till_3: "3 роки або менше", ar_4_5: "4–5 років", fran_6: "6 років або більше" },
    },
    svarar: { title: "Хто відповідає?", choices: { sjalv: "Я сам/сама", med_vuxen: "Я разом із дорослим" } },
  },
};
