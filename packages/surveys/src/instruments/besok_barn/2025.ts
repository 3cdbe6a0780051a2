import { defineInstrument, page } from "../../builder.ts";
import * as q from "./questions.ts";

/** Child survey 2025: asked separately whether the grown-ups listen (merged in 2026). */
export const besokBarn2025 = defineInstrument({
  ...q.base,
  year: 2025,
  version: "2025.1",
  pages: [
    page("trivs", undefined, [q.trivs]),
    page("vuxna", undefined, [q.smileys("snalla_vuxna", "Är de vuxna här snälla?")]),
    page("lyssnar", undefined, [q.smileys("lyssnar", "Lyssnar de vuxna på dig?")]),
    page("gora", undefined, [q.goraHar]),
    page("om_dig", undefined, [q.alder, q.svarar]),
  ],
});
