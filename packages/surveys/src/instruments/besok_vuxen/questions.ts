import { choice, freeText, multiChoice, type QuestionSpec, scale } from "../../builder.ts";
import { visitorLocales } from "../../kinds.ts";

/** Statements are rated 1–5 with labelled ends, the scale visitors know from other public surveys. */
export const statement = (key: string, title: string, o: { since?: string; visibleIf?: string } = {}): QuestionSpec =>
  scale(key, title, { min: 1, max: 5, minLabel: "Stämmer inte alls", maxLabel: "Stämmer helt", required: true, ...o });

export const besokareRoll = choice("besokare_roll", "Vem är du?", {
  blivande_foralder: "Blivande förälder",
  foralder: "Förälder",
  annan_vuxen: "Annan vuxen, till exempel mor- eller farförälder",
});

export const barnAlder = multiChoice("barn_alder", "Hur gamla är barnen du kommer hit med?", {
  vantar: "Jag väntar barn",
  under_1: "Under 1 år",
  ar_1_3: "1–3 år",
  ar_4_6: "4–6 år",
  over_6: "Äldre än 6 år",
});

export const besokFrekvens = choice("besok_frekvens", "Hur ofta kommer du till familjecentralen?", {
  forsta: "Det är första gången",
  ibland: "Några gånger om året",
  manad: "Någon gång i månaden",
  vecka: "Varje vecka eller oftare",
});

export const verksamheter = multiChoice("verksamheter", "Vilka delar av familjecentralen har du besökt?", {
  mhv: "Barnmorskemottagningen",
  bhv: "Barnavårdscentralen (BVC)",
  oppen_forskola: "Öppna förskolan",
  socialtjanst: "Socialtjänstens rådgivning och stöd",
  foraldragrupp: "Föräldragrupp",
});

export const hittadeHit = choice(
  "hittade_hit",
  "Hur fick du veta att familjecentralen finns?",
  {
    bvc_barnmorska: "Från BVC eller barnmorskan",
    vanner: "Från vänner eller släkt",
    internet: "På internet eller i sociala medier",
    annat: "På annat sätt",
  },
  { since: "2026.1" },
);

export const valkommen = statement("valkommen", "Jag känner mig välkommen på familjecentralen.");
export const bemotande = statement("bemotande", "Personalen bemöter mig med respekt.");
export const stodForaldraskap = statement("stod_foraldraskap", "Jag får stöd i mitt föräldraskap.");
/** A first-time visitor cannot have made contacts yet. */
export const nyaKontakter = statement("nya_kontakter", "Jag har fått nya kontakter med andra föräldrar här.", {
  visibleIf: "{besok_frekvens} != 'forsta'",
});
export const vetVartVanda = statement(
  "vet_vart_vanda",
  "Jag vet vart jag kan vända mig om jag behöver hjälp eller stöd.",
);
export const oppettider = statement("oppettider", "Öppettiderna passar mig och min familj.");
export const inflytande = statement("inflytande", "Jag kan påverka vad som händer på familjecentralen.");
export const betydelse = statement("betydelse", "Familjecentralen betyder mycket för min familj.");

export const helhet = scale("helhet", "Hur nöjd är du med familjecentralen som helhet?", {
  min: 1,
  max: 5,
  minLabel: "Inte alls nöjd",
  maxLabel: "Mycket nöjd",
  required: true,
});

export const bast = freeText("bast", "Vad är det bästa med familjecentralen?");
export const battre = freeText("battre", "Vad kan bli bättre?");

export const survey = {
  title: "Vad tycker du om familjecentralen?",
  description:
    "Dina svar hjälper oss att bli bättre. Enkäten tar några minuter och du är anonym – vi frågar inte efter ditt namn.",
  completedHtml: "<h2>Tack för dina svar!</h2>",
};

export const settings = {
  showProgressBar: "top",
  progressBarType: "pages",
  questionsOnPageMode: "standard",
  widthMode: "static",
};

/** What every year's version of this survey shares. */
export const base = {
  kind: "besok_vuxen",
  firstVersion: "2025.1",
  locales: visitorLocales,
  ...survey,
  settings,
} as const;
