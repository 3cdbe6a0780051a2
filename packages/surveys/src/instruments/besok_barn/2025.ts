import { defineInstrument, page } from "../../builder.ts";
import { visitorLocales } from "../../kinds.ts";
import * as q from "./questions.ts";

/** Child survey 2025: asked separately whether the grown-ups listen (merged in 2026). */
export const besokBarn2025 = defineInstrument({
  kind: "besok_barn",
  year: 2025,
  version: "2025.1",
  firstVersion: "2025.1",
  locales: visitorLocales,
  ...q.survey,
  settings: q.settings,
  pages: [
    page("trivs", undefined, [q.trivs]),
    page("vuxna", undefined, [q.smileys("snalla_vuxna", "Är de vuxna här snälla?")]),
    page("lyssnar", undefined, [q.smileys("lyssnar", "Lyssnar de vuxna på dig?")]),
    page("gora", undefined, [q.goraHar]),
    page("om_dig", undefined, [q.alder, q.svarar]),
  ],
});
