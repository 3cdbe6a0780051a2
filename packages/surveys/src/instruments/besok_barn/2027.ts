import { choice, defineInstrument, page } from "../../builder.ts";
import * as q from "./questions.ts";

/**
 * Child survey 2027 (issue 16): "Are the grown-ups here kind, and do they listen to you?" asked two
 * things at once; it is two questions again, the second the child's right to be heard (seed 003,
 * article 12). And, optionally, whether the child is a girl or a boy, so results can be split
 * "mellan pojkar och flickor" (seed 003).
 */
const kon = choice(
  "kon",
  "Är du en flicka eller en pojke?",
  { flicka: "Flicka", pojke: "Pojke", vill_inte_saga: "Vill inte säga" },
  { since: "2027.1" },
);

export const besokBarn2027 = defineInstrument({
  ...q.base,
  year: 2027,
  version: "2027.1",
  pages: [
    page("vem", undefined, [q.svarar]),
    page("trivs", undefined, [q.trivs]),
    page("vuxna", undefined, [q.smileys("snalla_vuxna", "Är de vuxna här snälla?")]),
    page("lyssnar", undefined, [q.smileys("lyssnar", "Lyssnar de vuxna på dig?")]),
    page("gora", undefined, [q.goraHar]),
    page("andra", undefined, [q.andra]),
    page("om_dig", undefined, [q.alder, kon]),
  ],
});
