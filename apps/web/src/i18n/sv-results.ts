import { hiddenMarker } from "@fcs/contracts/hidden-marker";

/** Swedish UI text of the results dashboards. */
/** A question or factor named inside a sentence: in quotes, without its own closing punctuation. */
const quoted = (title: string) => `”${title.trim().replace(/[.?!:]+$/, "")}”`;

export const svResults = {
  nav: "Resultat",
  navLocal: "Min familjecentral",
  title: (scope: string, year: number) => `Resultat ${year} – ${scope}`,
  surveyLabel: "Enkät",
  yearLabel: "År",
  scopeLabel: "Område",
  surveys: {
    besok_vuxen: "Besöksenkät vuxna",
    besok_barn: "Besöksenkät barn",
    spindel: "Spindelmätning",
    kvalitetsuppfoljning: "Kvalitetsuppföljning",
  },
  breadcrumb: "Du är här",
  suppressed: hiddenMarker,
  suppressedNote: (threshold: number) =>
    `”${hiddenMarker}” betyder att färre än ${threshold} har svarat, eller att siffran döljs så att en liten grupp inte kan räknas fram ur de andra siffrorna. De två skälen skiljs inte åt, eftersom också det skulle kunna avslöja en liten grupp.`,
  noAnswer: "–",
  /** Beside a chart's stub where no approved follow-up answered: a dash alone would say nothing there. */
  noAnswerStub: "inget svar",
  respondentsTitle: "Antal svarande",
  respondentsSummary: (scope: string, n: string) => `${scope}: ${n} svarande.`,
  questionsTitle: "Frågorna",
  questionsIntro:
    "Medelvärde och andel som svarat i den positiva delen av skalan, jämfört med kommun, region och alla regioner.",
  positiveTitle: "Andel positiva svar per fråga",
  positiveSummary: (scope: string, best: string, worst: string) =>
    `${scope}: högst andel positiva svar på ”${best}”, lägst på ”${worst}”.`,
  question: "Fråga",
  mean: "Medel",
  positive: "Andel positiva",
  answers: "Antal svar",
  distributionTitle: "Fördelning av svaren",
  option: "Svar",
  count: "Antal",
  share: "Andel",
  spiderTitle: "Spindeln: samverkan per faktor",
  spiderIntro: "Medelvärde per samverkansfaktor på skalan 1–10, i år och förra året, jämfört med kommun och region.",
  spiderSummary: (scope: string, strongest: string, weakest: string) =>
    `${scope}: starkast är ${quoted(strongest)}, svagast ${quoted(weakest)}.`,
  factor: "Faktor",
  lastYear: (name: string, year: number) => `${name} ${year}`,
  professionsTitle: "Per yrkesroll",
  professionsIntro:
    "Visas för kommun och region, aldrig för en enskild familjecentral, och bara för grupper med tillräckligt många svar.",
  profession: "Yrkesroll",
  visitorSplitTitle: "Per besökare",
  visitorSplitIntro:
    "Andel positiva svar efter vem som svarat. Visas för kommun och region och bara för grupper med tillräckligt många svar.",
  channelSplitTitle: "Per insamlingssätt",
  channelSplitIntro:
    "Svar efter hur de kom in: på surfplattan i familjecentralen, via länk eller på papper. Visas för kommun och region och bara för grupper med tillräckligt många svar.",
  answerSplitTitle: (question: string) => `Efter svaret på ”${question.replace(/[.?]$/, "")}”`,
  answerSplitIntro:
    "För att se om familjecentralen når alla lika, till exempel mammor och pappor, flickor och pojkar, nya och vana besökare. Visas för kommun och region och bara för grupper med tillräckligt många svar.",
  languageSplitTitle: "Per språk",
  languageSplitIntro:
    "Svar efter det språk enkäten besvarades på. Visas för kommun och region och bara för grupper med tillräckligt många svar.",
  trendTitle: "Utveckling över åren",
  importedMark: "importerat",
  rewordedMark: "formuleringen ändrad",
  rewordedNote: (years: string) =>
    `Frågans formulering ändrades ${years}. Jämför åren före och efter med försiktighet.`,
  notKnown: "finns inte",
  dontKnow: "Vet ej / Ej aktuellt (räknas inte i andelarna)",
  importedNote: (years: string) =>
    `* Svaren för ${years} är importerade från det verktyg regionen använde tidigare. Frågorna kan ha ställts på ett annat sätt där.`,
  trendQuestion: "Fråga i diagrammet",
  trendSummary: (question: string, scope: string, measure: string, from: string, to: string) =>
    `${quoted(question)} i ${scope}: ${measure} gick från ${from} till ${to}.`,
  trendMeasures: { mean: "medelvärdet", positiveShare: "andelen positiva svar" },
  year: "År",
  partsTitle: (level: string) => `${level} i området`,
  partsIntro: "Välj ett namn för att se området närmare.",
  partsLevels: {
    region: "Regionerna",
    municipality: "Kommunerna och familjecentralerna",
    centre: "Familjecentralerna",
  },
  keyQuestion: "Nyckeltal",
  name: "Namn",
  level: { all: "Alla regioner", region: "Region", municipality: "Kommun", centre: "Familjecentral" },
  commentsTitle: "Fritextsvar",
  commentsIntro: "Svaren kan innehålla namn och känsliga uppgifter. Sprid dem inte vidare.",
  commentsHidden: (threshold: number) => `Färre än ${threshold} har skrivit något här, så svaren visas inte.`,
  noComments: "Inga fritextsvar.",
  commentsAfterClose:
    "Fritextsvaren visas när insamlingsperioden har stängt, alla på en gång – så att ingen kan se vem som skrev vad.",
  publishedNote: (updated: string | null, needed: number) =>
    `${updated ? `Siffrorna uppdaterades senast ${updated}.` : "Inga siffror har publicerats ännu."} Nya svar visas när minst ${needed} nya har svarat på en familjecentral, så att ingen enskild besökare kan räknas fram. Siffrorna uppdateras högst en gång per dygn.`,
  splitsAfterClose: {
    spindel: "Uppdelningen per yrkesroll och per insamlingssätt visas när insamlingsperioden har stängt.",
    besok_vuxen:
      "Uppdelningen per besökare (förälder, blivande förälder, annan vuxen), per språk och per insamlingssätt visas när insamlingsperioden har stängt.",
    besok_barn: "Uppdelningen per språk och per insamlingssätt visas när insamlingsperioden har stängt.",
  } as Record<string, string>,
  showTable: "Visa som tabell",
  activity: {
    title: "Verksamheten i siffror",
    intro: (approved: number) =>
      `Summerat från ${approved} godkända kvalitetsuppföljningar. Antal personer eller familjer som är för få visas inte, och inte heller tal som skulle avslöja dem.`,
    totals: "Föräldragrupper, gemensamt arbete och besök",
    figure: "Nyckeltal",
    staffing: (scope: string) => `Bemanning per yrkesroll, ${scope}`,
    profession: "Yrkesroll",
    persons: "Personer",
    fte: "Heltider",
    flows: (scope: string) => `Slussning mellan verksamheterna, ${scope} (antal familjer)`,
    fromTo: "Från \\ till",
    from: (service: string) => `Från ${service.toLowerCase()}`,
    to: (service: string) => `Till ${service.toLowerCase()}`,
    hidden: "visas inte",
  },
  followUp: {
    figuresTitle: "Förutsättningar och gemensam tid",
    figuresIntro: (approved: number, centres: number) =>
      `Bygger på ${approved} ${approved === 1 ? "godkänd kvalitetsuppföljning" : "godkända kvalitetsuppföljningar"} av ${centres} ${centres === 1 ? "familjecentral" : "familjecentraler"}.`,
    figure: "Nyckeltal",
    reference: "Att jämföra med (inget krav)",
    complianceTitle: "Riktlinjerna",
    complianceIntro: (source: string) => `Hur familjecentralernas godkända uppföljningar stämmer med ${source}.`,
    noGuideline: "Inga riktlinjer är inlagda för det här länet.",
    judgedOn: (approved: number, centres: number) =>
      approved === centres
        ? `Alla ${centres} familjecentralers uppföljningar är godkända och prövade mot riktlinjerna.`
        : `${approved} av ${centres} ${centres === 1 ? "familjecentral" : "familjecentraler"} har en godkänd uppföljning och är prövade mot riktlinjerna; ${centres - approved} är inte ${centres - approved === 1 ? "godkänd" : "godkända"} ännu. Andelen räknas på de prövade: ”62 % (8 av 13)”.`,
    strengths: { ska: "ska", bör: "bör", rekommendation: "rekommendation" } as Record<string, string>,
    source: "Källa",
    rule: "Riktlinje",
    shareMeeting: "Andel som uppfyller",
    perMunicipality: "Per kommun",
    perCentre: "Per familjecentral",
    status: "Uppföljning",
    outcomes: {
      met: "Uppfyllt",
      not_met: "Inte uppfyllt",
      not_answered: "Inte besvarat",
      not_applicable: "Gäller inte",
    },
    statuses: {
      not_started: "Inte påbörjad",
      draft: "Utkast",
      submitted: "Inskickad",
      returned: "Återlämnad",
      approved: "Godkänd",
    },
  },
};
