import { choice, defineInstrument, multiChoice, number, page, yesNo } from "../../builder.ts";
import * as q from "./questions.ts";

/**
 * Quality follow-up for activity year 2027 (issue 16), in the seeds' own terms ("basverksamheter",
 * "familjecentralsliknande verksamhet"): the common entrance asked again (seed 003: "en gemensam
 * dörr in"); whether the summer's reduced weeks kept at least half a day a week open (003: "till en
 * halv dag/vecka"); how many parent groups were led jointly; the coordinator's appointment as two
 * questions (in writing; for how many years); reworded questions keep their keys and mark the break.
 */
const fcTyp = choice(
  "fc_typ",
  "Vilken typ av verksamhet är familjecentralen?",
  {
    familjecentral: "Familjecentral – alla fyra basverksamheter samlokaliserade",
    familjecentralsliknande: "Familjecentralsliknande verksamhet – minst barnhälsovård och öppen förskola",
  },
  { required: true },
);

const basverksamheter = multiChoice(
  "grundverksamheter",
  "Vilka basverksamheter finns samlokaliserade i familjecentralen?",
  {
    mhv: "Mödrahälsovård (barnmorskemottagning)",
    bhv: "Barnhälsovård (BVC)",
    oppen_forskola: "Öppen förskola",
    socialtjanst: "Förebyggande socialtjänst",
  },
  { required: true },
);

const gemensamtOppet = q.gemensamtOppetAs(
  "Hur många timmar i veckan har alla basverksamheter gemensamt öppet för besökare?",
);

const gemensamEntre = yesNo("gemensam_entre", "Har familjecentralen en gemensam entré för alla verksamheter?", {
  required: true,
});

const sommarHalvdag = yesNo(
  "sommar_minst_halvdag",
  "Hade ni gemensamt öppet minst en halv dag i veckan även under de veckor öppethållandet var reducerat?",
  {
    required: true,
    visibleIf: "{sommar_reducering_veckor} notempty and {sommar_reducering_veckor} != 0",
    since: "2027.1",
  },
);

const ifCoordinator = "{samordnare_finns} = true";
const samordnareSkriftligt = yesNo("samordnare_utsedd_skriftligt", "Är samordnaren utsedd skriftligt?", {
  visibleIf: ifCoordinator,
  since: "2027.1",
});
const samordnarePeriod = number(
  "samordnare_period_ar",
  "För hur många år gäller samordnaruppdraget? Skriv 0 om det gäller tills vidare.",
  { min: 0, max: 10, visibleIf: ifCoordinator, since: "2027.1" },
);

const grupperGemensamma = number(
  "grupper_gemensamma",
  "Hur många av föräldragrupperna leddes gemensamt av två eller flera yrkesgrupper?",
  { min: 0, max: 500, required: true, since: "2027.1" },
);

export const kvalitetsuppfoljning2027 = defineInstrument({
  ...q.base,
  year: 2027,
  version: "2027.1",
  pages: [
    page("verksamheten", "Verksamheten", [fcTyp, basverksamheter, gemensamEntre, q.andraAktorer]),
    page("oppettider", "Gemensamt öppet", [gemensamtOppet, q.sommarReducering, sommarHalvdag]),
    q.pages.bemanning,
    page("samordning", "Samordnare", [
      q.samordnareFinns,
      q.samordnareProfession,
      q.samordnareTjanst,
      q.samordnareUtseddAv,
      samordnareSkriftligt,
      samordnarePeriod,
    ]),
    q.pages.styrning,
    page("planer", "Planer och rapporter", [
      q.verksamhetsplan,
      yesNo("verksamhetsberattelse", "Finns en gemensam verksamhetsberättelse för verksamhetsåret 2027?", {
        required: true,
      }),
      q.arshjul,
      q.utvarderingsplan,
    ]),
    q.gemensamTidPage("Hur många timmar i månaden har ni gemensamma husmöten, i genomsnitt?"),
    page("foraldraskapsstod", "Föräldraskapsstöd i grupp", [
      q.grupperFore,
      q.deltagareFore,
      q.grupperEfter,
      q.deltagareEfter,
      grupperGemensamma,
      q.grupperPartner,
      q.program,
    ]),
    page("slussning", "Öppen förskola, slussning och gemensamt arbete", [
      q.besokOppenForskola,
      q.slussning,
      q.gemensammaPlaner,
      number("gemensamma_hembesok", "Hur många hembesök gjordes av två eller flera yrkesgrupper tillsammans?", {
        min: 0,
        max: 5000,
        since: "2026.1",
      }),
    ]),
    q.pages.delaktighet,
    q.pages.reflektion,
  ],
});
