import { defineInstrument, page } from "../../builder.ts";
import * as q from "./questions.ts";

/** Child survey 2026: kind and listening asked together, and a question about what to change. */
export const besokBarn2026 = defineInstrument({
  ...q.base,
  year: 2026,
  version: "2026.1",
  pages: [
    // Who answers comes first, so an adult who helps knows from the start that the questions are the child's.
    page("vem", undefined, [q.svarar]),
    page("trivs", undefined, [q.trivs]),
    page("vuxna", undefined, [q.smileys("snalla_vuxna", "Är de vuxna här snälla och lyssnar på dig?")]),
    page("gora", undefined, [q.goraHar]),
    page("andra", undefined, [q.andra]),
    page("om_dig", undefined, [q.alder]),
  ],
});
