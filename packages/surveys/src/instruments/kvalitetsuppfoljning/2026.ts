import { defineInstrument, number, page } from "../../builder.ts";
import * as q from "./questions.ts";

/** Quality follow-up for activity year 2026: counts joint home visits; house meetings asked per month. */
export const kvalitetsuppfoljning2026 = defineInstrument({
  kind: "kvalitetsuppfoljning",
  year: 2026,
  version: "2026.1",
  firstVersion: "2025.1",
  locales: ["sv"],
  ...q.survey,
  settings: q.settings,
  pages: [
    page("verksamheten", "Verksamheten", [q.fcTyp, q.grundverksamheter, q.andraAktorer]),
    page("oppettider", "Gemensamt öppet", [q.gemensamtOppet, q.sommarReducering]),
    page("bemanning", "Bemanning", [q.bemanning]),
    page("samordning", "Samordnare", [
      q.samordnareFinns,
      q.samordnareProfession,
      q.samordnareTjanst,
      q.samordnareUtseddAv,
      q.samordnareSkriftligt,
    ]),
    page("styrning", "Styrgrupp och samverkansavtal", [
      q.styrgruppFinns,
      q.styrgruppMoten,
      q.styrgruppBrukare,
      q.avtalFinns,
      q.avtalReviderat,
      q.avtalFoljsUpp,
    ]),
    page("planer", "Planer och rapporter", [q.verksamhetsplan, q.verksamhetsberattelse, q.arshjul, q.utvarderingsplan]),
    page("gemensam_tid", "Gemensam tid", [
      number("husmote_timmar_manad", "Hur många timmar i månaden har ni gemensamma husmöten, i genomsnitt?", {
        min: 0,
        max: 40,
        integer: false,
        step: 0.5,
        required: true,
      }),
      q.planeringsdagar,
      q.allPersonalDeltar,
      q.gemensamUtbildning,
      q.gemensamHandledning,
    ]),
    page("foraldraskapsstod", "Föräldraskapsstöd i grupp", [
      q.grupperFore,
      q.deltagareFore,
      q.grupperEfter,
      q.deltagareEfter,
      q.grupperPartner,
      q.program,
    ]),
    page("slussning", "Öppen förskola, slussning och gemensamt arbete", [
      q.besokOppenForskola,
      q.slussning,
      q.gemensammaPlaner,
      q.gemensammaHembesok,
    ]),
    page("delaktighet", "Delaktighet och rutiner", [q.brukarinflytande, q.rutinSekretess, q.rutinSamtycke]),
    page("reflektion", "Reflektion", [q.godaExempel, q.utvecklingsbehov]),
  ],
});
