import { defineInstrument, page, scale } from "../../builder.ts";
import * as q from "./questions.ts";

/** Spider measurement 2025: asked about a shared staff room (folded into co-location in 2026). */
export const spindel2025 = defineInstrument({
  ...q.base,
  year: 2025,
  version: "2025.1",
  pages: [
    page("yrkesroll", "Din yrkesroll", [q.profession]),
    page("forutsattningar", "Förutsättningar för samverkan", [
      q.styrning,
      q.samordning,
      q.samlokalisering,
      scale("personalrum", "Gemensamt personalrum", {
        min: 1,
        max: 10,
        minLabel: "Fungerar inte alls",
        maxLabel: "Fungerar mycket bra",
        required: true,
        description: "Vi har ett gemensamt personalrum där vi möts i vardagen.",
      }),
      q.samtidighet,
    ]),
    page("samverkan", "Samverkan i vardagen", [
      q.vardegrund,
      q.factor("kunskap_uppdrag", "Kunskap om varandras uppdrag", "Vi vet vad de andra verksamheterna gör och kan."),
      q.foraldraskapsstod,
      q.slussning,
    ]),
    page("utveckling", "Utveckling", [q.kompetensutveckling, q.informationsflode]),
    page("kommentar", "Något mer?", [q.kommentar]),
  ],
});
