import type { Translation } from "../../types.ts";

const smileys = { minRateDescription: "No", maxRateDescription: "Yes" };

export const en: Translation = {
  survey: {
    title: "What do you think?",
    description: "Tap what is true for you.",
    completedHtml: "<h2>Thank you!</h2>",
  },
  pages: {},
  questions: {
    trivs: { title: "Do you like being here?", ...smileys },
    snalla_vuxna: { title: "Are the grown-ups here kind, and do they listen to you?", ...smileys },
    "snalla_vuxna@2025": { title: "Are the grown-ups here kind?", ...smileys },
    "snalla_vuxna@2027": { title: "Are the grown-ups here kind?", ...smileys },
    kon: {
      title: "Are you a girl or a boy?",
      choices: { flicka: "Girl", pojke: "Boy", vill_inte_saga: "I don't want to say" },
    },
    lyssnar: { title: "Do the grown-ups listen to you?", ...smileys },
    gora_har: {
      title: "What do you like doing here?",
      choices: {
        leka: "Play",
        mala: "Paint and make things",
        sjunga: "Sing",
        lasa: "Read books",
        fruktstund: "Eat fruit",
        kompisar: "Meet friends",
      },
    },
    andra: { title: "Is there anything you want to change here?" },
    alder: {
      title: "How old are you?",
      choices: { upp_till_3: "3 or younger", ar_4_5: "4–5 years", fran_6: "6 or older" },
    },
    svarar: { title: "Who is answering?", choices: { sjalv: "Me", med_vuxen: "Me and a grown-up" } },
  },
};
