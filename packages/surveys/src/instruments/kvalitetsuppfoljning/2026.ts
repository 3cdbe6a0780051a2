import { defineInstrument, page } from "../../builder.ts";
import * as q from "./questions.ts";

/** Quality follow-up for activity year 2026: counts joint home visits; house meetings asked per month. */
export const kvalitetsuppfoljning2026 = defineInstrument({
  ...q.base,
  year: 2026,
  version: "2026.1",
  pages: [
    page("verksamheten", "Verksamheten", [q.fcTyp, q.grundverksamheter, q.andraAktorer]),
    q.pages.oppettider,
    q.pages.bemanning,
    q.pages.samordning,
    q.pages.styrning,
    q.pages.planer,
    q.gemensamTidPage("Hur många timmar i månaden har ni gemensamma husmöten, i genomsnitt?"),
    q.pages.foraldraskapsstod,
    page("slussning", "Öppen förskola, slussning och gemensamt arbete", [
      q.besokOppenForskola,
      q.slussning,
      q.gemensammaPlaner,
      q.gemensammaHembesok,
    ]),
    q.pages.delaktighet,
    q.pages.reflektion,
  ],
});
