import { defineInstrument, number, page, yesNo } from "../../builder.ts";
import * as q from "./questions.ts";

/** Quality follow-up for activity year 2025: still asked about a shared entrance (dropped in 2026). */
export const kvalitetsuppfoljning2025 = defineInstrument({
  kind: "kvalitetsuppfoljning",
  year: 2025,
  version: "2025.1",
  firstVersion: "2025.1",
  locales: ["sv"],
  ...q.survey,
  settings: q.settings,
  pages: [
    page("verksamheten", "Verksamheten", [
      q.fcTyp,
      q.grundverksamheter,
      yesNo("gemensam_entre", "Har familjecentralen en gemensam entré för alla verksamheter?", { required: true }),
      q.andraAktorer,
    ]),
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
      number("husmote_timmar_manad", "Hur många timmar husmöte har ni per månad?", {
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
    ]),
    page("delaktighet", "Delaktighet och rutiner", [q.brukarinflytande, q.rutinSekretess, q.rutinSamtycke]),
    page("reflektion", "Reflektion", [q.godaExempel, q.utvecklingsbehov]),
  ],
});
