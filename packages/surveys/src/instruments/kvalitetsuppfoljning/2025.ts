import { defineInstrument, page, yesNo } from "../../builder.ts";
import * as q from "./questions.ts";

/** Quality follow-up for activity year 2025: still asked about a shared entrance (dropped in 2026). */
export const kvalitetsuppfoljning2025 = defineInstrument({
  ...q.base,
  year: 2025,
  version: "2025.1",
  pages: [
    page("verksamheten", "Verksamheten", [
      q.fcTyp,
      q.grundverksamheter,
      yesNo("gemensam_entre", "Har familjecentralen en gemensam entré för alla verksamheter?", { required: true }),
      q.andraAktorer,
    ]),
    q.pages.oppettider,
    q.pages.bemanning,
    q.pages.samordning,
    q.pages.styrning,
    q.pages.planer,
    q.gemensamTidPage("Hur många timmar husmöte har ni per månad?"),
    q.pages.foraldraskapsstod,
    page("slussning", "Öppen förskola, slussning och gemensamt arbete", [
      q.besokOppenForskola,
      q.slussning,
      q.gemensammaPlaner,
    ]),
    q.pages.delaktighet,
    q.pages.reflektion,
  ],
});
