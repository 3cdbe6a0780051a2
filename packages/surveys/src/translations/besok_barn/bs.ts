import type { Translation } from "../../types.ts";

const smileys = { minRateDescription: "Ne", maxRateDescription: "Da" };

export const bs: Translation = {
  survey: { title: "Šta misliš?", description: "Dodirni ono što važi za tebe.", completedHtml: "<h2>Hvala!</h2>" },
  pages: {},
  questions: {
    trivs: { title: "Da li voliš biti ovdje?", ...smileys },
    snalla_vuxna: { title: "Jesu li odrasli ovdje ljubazni i slušaju li te?", ...smileys },
    "snalla_vuxna@2025": { title: "Jesu li odrasli ovdje ljubazni?", ...smileys },
    "snalla_vuxna@2027": { title: "Jesu li odrasli ovdje ljubazni?", ...smileys },
    kon: {
      title: "Jesi li djevojčica ili dječak?",
      choices: { flicka: "Djevojčica", pojke: "Dječak", vill_inte_saga: "Ne želim reći" },
    },
    lyssnar: { title: "Slušaju li te odrasli?", ...smileys },
    gora_har: {
      title: "Šta voliš raditi ovdje?",
      choices: {
        leka: "Igrati se",
        mala: "Crtati i praviti stvari",
        sjunga: "Pjevati",
        lasa: "Čitati knjige",
        fruktstund: "Jesti voće",
        kompisar: "Družiti se s prijateljima",
      },
    },
    andra: { title: "Da li bi htio/htjela nešto promijeniti ovdje?" },
    alder: {
      title: "Koliko imaš godina?",
      choices: { upp_till_3: "3 godine ili manje", ar_4_5: "4–5 godina", fran_6: "6 godina ili više" },
    },
    svarar: { title: "Ko odgovara?", choices: { sjalv: "Ja sam/sama", med_vuxen: "Ja i odrasla osoba" } },
  },
};
