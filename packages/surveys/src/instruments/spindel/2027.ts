import { defineInstrument, page } from "../../builder.ts";
import type { SpiderAxis } from "../../types.ts";
import * as q from "./questions.ts";

/** A page per factor, its statements under the factor's title. */
const factorPage = (axis: SpiderAxis, statements: [key: string, title: string][]) =>
  page(
    axis,
    q.axisTitles[axis],
    statements.map(([key, title]) => q.statement(axis, key, title)),
  );

/**
 * Spider measurement 2027 (issue 16): nine of the eleven factors asked two or three things at
 * once ("styrgruppen fungerar, vi har gemensamma mål och ett aktuellt samverkansavtal"); each
 * thing is now a statement of its own under a new key, rated "Stämmer inte alls" – "Stämmer helt".
 * The spider keeps its eleven axes: an axis is each respondent's mean of its statements, and its
 * trend marks the change of method in 2027.
 */
export const spindel2027 = defineInstrument({
  ...q.base,
  year: 2027,
  version: "2027.1",
  pages: [
    page("yrkesroll", "Din yrkesroll", [q.profession]),
    factorPage("styrning", [
      ["styrning_styrgrupp", "Styrgruppen fungerar väl."],
      ["styrning_mal", "Huvudmännen har gemensamma mål för familjecentralen."],
      ["styrning_avtal", "Samverkansavtalet är aktuellt och används."],
    ]),
    factorPage("samordning", [
      ["samordning_samordnare", "Samordnaren har tid för sitt uppdrag."],
      ["samordning_husmoten", "Vi har regelbundna husmöten."],
    ]),
    factorPage("samlokalisering", [
      ["samlokalisering_entre", "Vi har en gemensam entré."],
      ["samlokalisering_utrymmen", "Vi har gemensamma utrymmen som stödjer samverkan."],
      ["samlokalisering_narhet", "Verksamheterna ligger nära varandra i huset."],
    ]),
    factorPage("samtidighet", [
      [
        "samtidighet_oppet",
        "Alla verksamheter är på plats och har öppet samtidigt, så att familjerna kan möta oss alla.",
      ],
    ]),
    factorPage("vardegrund", [
      ["vardegrund_varden", "Vi delar en gemensam värdegrund."],
      ["vardegrund_mal", "Vi arbetar mot gemensamma mål."],
      ["vardegrund_barnkonventionen", "Barnkonventionen är en grund i vårt arbete."],
    ]),
    factorPage("kunskap_uppdrag", [
      ["kunskap_uppdrag_uppdrag", "Jag känner till de andra verksamheternas uppdrag."],
      ["kunskap_uppdrag_arbetssatt", "Jag vet hur de andra verksamheterna arbetar och kan stödja familjerna."],
    ]),
    factorPage("foraldraskapsstod", [
      ["foraldraskapsstod_planera", "Vi planerar föräldraskapsstödet tillsammans."],
      ["foraldraskapsstod_leda", "Vi leder föräldragrupper tillsammans, före och efter barnets födelse."],
    ]),
    factorPage("slussning", [
      [
        "slussning_introduktion",
        "Familjer som behöver det får komma vidare till en annan verksamhet i huset, med en personlig introduktion.",
      ],
    ]),
    factorPage("kompetensutveckling", [
      ["kompetensutveckling_utbildning", "Vi går gemensamma utbildningar."],
      ["kompetensutveckling_planering", "Vi har gemensamma planeringsdagar."],
      ["kompetensutveckling_handledning", "Vi har gemensam handledning."],
    ]),
    factorPage("delaktighet", [
      ["delaktighet_paverka", "Barn och föräldrar får vara med och påverka verksamheten."],
      ["delaktighet_synpunkter", "Vi tar vara på barns och föräldrars synpunkter."],
    ]),
    factorPage("informationsflode", [
      ["informationsflode_information", "Information når alla som behöver den, i rätt tid."],
      ["informationsflode_sekretess", "Sekretessen hanteras enligt våra rutiner."],
    ]),
    page("kommentar", "Något mer?", [q.kommentar]),
  ],
});
