import type { Translation } from "../../types.ts";

const smileys = { minRateDescription: "Maya", maxRateDescription: "Haa" };

export const so: Translation = {
  survey: {
    title: "Maxaad u malaynaysaa?",
    description: "Taabo waxa adiga kugu habboon.",
    completedHtml: "<h2>Mahadsanid!</h2>",
  },
  pages: {},
  questions: {
    trivs: { title: "Ma jeceshahay inaad halkan joogto?", ...smileys },
    snalla_vuxna: { title: "Dadka waaweyn ee halkan ma naxariis badan yihiin, mana ku dhegaystaan?", ...smileys },
    "snalla_vuxna@2025": { title: "Dadka waaweyn ee halkan ma naxariis badan yihiin?", ...smileys },
    "snalla_vuxna@2027": { title: "Dadka waaweyn ee halkan ma naxariis badan yihiin?", ...smileys },
    kon: {
      title: "Ma tahay gabar mise wiil?",
      choices: { flicka: "Gabar", pojke: "Wiil", vill_inte_saga: "Ma rabo inaan sheego" },
    },
    lyssnar: { title: "Dadka waaweyn ma ku dhegaystaan?", ...smileys },
    gora_har: {
      title: "Maxaad jeceshahay inaad halkan ku samayso?",
      choices: {
        leka: "Ciyaar",
        mala: "Sawir iyo farshaxan",
        sjunga: "Hees",
        lasa: "Akhrinta buugaagta",
        fruktstund: "Cunista khudaarta iyo miraha",
        kompisar: "La kulanka saaxiibbada",
      },
    },
    andra: { title: "Ma jiraa wax aad rabto inaad halkan ka beddesho?" },
    alder: {
      title: "Immisa jir baad tahay?",
      choices: { upp_till_3: "3 jir ama ka yar", ar_4_5: "4–5 jir", fran_6: "6 jir ama ka weyn" },
    },
    svarar: { title: "Yaa ka jawaabaya?", choices: { sjalv: "Aniga kaligay", med_vuxen: "Aniga iyo qof weyn" } },
  },
};
