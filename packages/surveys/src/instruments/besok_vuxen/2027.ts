import { choice, defineInstrument, page, scale, withDontKnow } from "../../builder.ts";
import * as q from "./questions.ts";

/**
 * Adult visitor survey, activity year 2027 (issue 16): the visitor's role names mother, father and
 * another parent or partner, so results can be split for equal parenthood (seeds 000, 001, 003:
 * "jämställt föräldraskap"); the leading "Familjecentralen betyder mycket för min familj." gives way
 * to a neutral question under a new key, so the trend does not join two different questions; every
 * statement offers "Vet ej / Ej aktuellt" (a first-time visitor cannot know the opening hours),
 * counted on its own and never in a mean or a share.
 */
const besokareRoll = choice(
  "besokare_roll",
  "Jag är här som …",
  {
    blivande_foralder: "blivande förälder",
    mamma: "mamma",
    pappa: "pappa",
    annan_foralder: "annan förälder eller partner",
    annan_vuxen: "annan vuxen, till exempel mor- eller farförälder",
  },
  { since: "2025.1" },
);

const betydelseFamilj = scale("betydelse_familj", "Vilken betydelse har familjecentralen för din familj?", {
  min: 1,
  max: 5,
  minLabel: "Ingen betydelse",
  maxLabel: "Stor betydelse",
  required: true,
  since: "2027.1",
});

export const besokVuxen2027 = defineInstrument({
  ...q.base,
  year: 2027,
  version: "2027.1",
  pages: [
    page("om_dig", "Om dig", [besokareRoll, q.barnAlder, q.besokFrekvens], "Frågorna på den här sidan är frivilliga."),
    page("besoket", "Ditt besök", [q.verksamheter, q.hittadeHit]),
    page(
      "bemotande",
      "Hur upplever du familjecentralen?",
      [q.valkommen, q.bemotande, q.stodForaldraskap].map(withDontKnow),
    ),
    page("stod", "Stöd och kontakter", [q.nyaKontakter, q.vetVartVanda].map(withDontKnow)),
    page("rattigheter", "Barns rättigheter", [
      withDontKnow(
        q.statement("barns_rattigheter", "Jag har fått information om barns rättigheter enligt barnkonventionen."),
      ),
    ]),
    page("verksamheten", "Verksamheten", [q.oppettider, q.inflytande].map(withDontKnow).concat(betydelseFamilj)),
    page("helhet", "Sammantaget", [q.helhet]),
    page("tankar", "Dina tankar", [q.bast, q.battre], "Skriv inga namn. Du får hoppa över frågorna."),
  ],
});
