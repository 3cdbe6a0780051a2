import { defineInstrument, page } from "../../builder.ts";
import * as q from "./questions.ts";

/** Spider measurement 2026: adds participation of children and parents as an axis. */
export const spindel2026 = defineInstrument({
  ...q.base,
  year: 2026,
  version: "2026.1",
  pages: [
    page("yrkesroll", "Din yrkesroll", [q.profession]),
    page("forutsattningar", "Förutsättningar för samverkan", [
      q.styrning,
      q.samordning,
      q.samlokalisering,
      q.samtidighet,
    ]),
    page("samverkan", "Samverkan i vardagen", [
      q.vardegrund,
      q.factor(
        "kunskap_uppdrag",
        "Kunskap om varandras uppdrag",
        "Jag känner till de andra verksamheternas uppdrag, arbetssätt och möjligheter att stödja familjerna.",
      ),
      q.foraldraskapsstod,
      q.slussning,
    ]),
    page("utveckling", "Utveckling och delaktighet", [
      q.kompetensutveckling,
      q.factor(
        "delaktighet",
        "Barns och föräldrars delaktighet",
        "Barn och föräldrar får vara med och påverka verksamheten, och vi tar vara på deras synpunkter.",
        { since: "2026.1" },
      ),
      q.informationsflode,
    ]),
    page("kommentar", "Något mer?", [q.kommentar]),
  ],
});
