import { defineInstrument, page } from "../../builder.ts";
import * as q from "./questions.ts";

/** Adult visitor survey, activity year 2026: adds how the visitor found the centre; rewords children's rights. */
export const besokVuxen2026 = defineInstrument({
  ...q.base,
  year: 2026,
  version: "2026.1",
  pages: [
    page(
      "om_dig",
      "Om dig",
      [q.besokareRoll, q.barnAlder, q.besokFrekvens],
      "Frågorna på den här sidan är frivilliga.",
    ),
    page("besoket", "Ditt besök", [q.verksamheter, q.hittadeHit]),
    page("bemotande", "Hur upplever du familjecentralen?", [q.valkommen, q.bemotande, q.stodForaldraskap]),
    page("stod", "Stöd och kontakter", [q.nyaKontakter, q.vetVartVanda]),
    page("rattigheter", "Barns rättigheter", [
      q.statement("barns_rattigheter", "Jag har fått information om barns rättigheter enligt barnkonventionen."),
    ]),
    page("verksamheten", "Verksamheten", [q.oppettider, q.inflytande, q.betydelse]),
    page("helhet", "Sammantaget", [q.helhet]),
    page("tankar", "Dina tankar", [q.bast, q.battre], "Skriv inga namn. Du får hoppa över frågorna."),
  ],
});
