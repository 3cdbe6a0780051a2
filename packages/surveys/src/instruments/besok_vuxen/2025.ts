import { defineInstrument, page } from "../../builder.ts";
import * as q from "./questions.ts";

/** Adult visitor survey, activity year 2025: still asked about the premises (dropped in 2026). */
export const besokVuxen2025 = defineInstrument({
  ...q.base,
  year: 2025,
  version: "2025.1",
  pages: [
    page(
      "om_dig",
      "Om dig",
      [q.besokareRoll, q.barnAlder, q.besokFrekvens],
      "Frågorna på den här sidan är frivilliga.",
    ),
    page("besoket", "Ditt besök", [q.verksamheter]),
    page("bemotande", "Hur upplever du familjecentralen?", [q.valkommen, q.bemotande, q.stodForaldraskap]),
    page("stod", "Stöd och kontakter", [q.nyaKontakter, q.vetVartVanda]),
    page("rattigheter", "Barns rättigheter", [
      q.statement("barns_rattigheter", "Jag har fått veta vad barnkonventionen betyder för mitt barn."),
    ]),
    page("verksamheten", "Verksamheten", [
      q.oppettider,
      q.statement("lokaler", "Lokalerna är trivsamma och anpassade för barn."),
      q.inflytande,
      q.betydelse,
    ]),
    page("helhet", "Sammantaget", [q.helhet]),
    page("tankar", "Dina tankar", [q.bast, q.battre], "Skriv inga namn. Du får hoppa över frågorna."),
  ],
});
