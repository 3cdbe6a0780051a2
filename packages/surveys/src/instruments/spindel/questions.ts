import { choice, freeText, type QuestionSpec, scale } from "../../builder.ts";
import type { SpiderAxis } from "../../types.ts";

/** One scale for every factor, so the axes of the spider are comparable. */
export const factor = (
  axis: SpiderAxis,
  title: string,
  description: string,
  o: { since?: string } = {},
): QuestionSpec =>
  scale(axis, title, {
    min: 1,
    max: 10,
    minLabel: "Fungerar inte alls",
    maxLabel: "Fungerar mycket bra",
    required: true,
    axis,
    description,
    ...o,
  });

export const profession = choice(
  "profession",
  "Vilken är din yrkesroll på familjecentralen?",
  {
    barnmorska: "Barnmorska",
    bhv_sjukskoterska: "Sjuksköterska i barnhälsovården",
    forskollarare: "Förskollärare eller pedagog i öppna förskolan",
    socialtjanst: "Socionom, kurator eller socialrådgivare",
    annan: "Annan yrkesroll",
  },
  {
    required: true,
    description: "Svaren visas per yrkesroll bara för kommun eller region och bara när tillräckligt många har svarat.",
  },
);

export const styrning = factor(
  "styrning",
  "Samordnad styrning",
  "Huvudmännen styr familjecentralen tillsammans: styrgruppen fungerar, vi har gemensamma mål och ett aktuellt samverkansavtal.",
);
export const samordning = factor(
  "samordning",
  "Samordning på arbetsplatsen",
  "Samordningen på plats fungerar: det finns en samordnare med tid för uppdraget och vi har regelbundna husmöten.",
);
export const samlokalisering = factor(
  "samlokalisering",
  "Samlokalisering",
  "Lokalerna stödjer samverkan: en gemensam entré, gemensamma utrymmen och närhet mellan verksamheterna.",
);
export const samtidighet = factor(
  "samtidighet",
  "Samtidighet",
  "Alla verksamheter är på plats och har öppet samtidigt, så att familjerna kan möta oss alla.",
);
export const vardegrund = factor(
  "vardegrund",
  "Gemensam värdegrund och mål",
  "Vi delar en värdegrund och arbetar mot gemensamma mål, med barnkonventionen som grund.",
);
export const foraldraskapsstod = factor(
  "foraldraskapsstod",
  "Gemensamt föräldraskapsstöd",
  "Vi planerar och leder föräldragrupper och annat föräldraskapsstöd tillsammans, före och efter barnets födelse.",
);
export const slussning = factor(
  "slussning",
  "Slussning",
  "Familjer som behöver det får hjälp att komma vidare till en annan verksamhet i huset, med en personlig introduktion.",
);
export const kompetensutveckling = factor(
  "kompetensutveckling",
  "Gemensam kompetensutveckling",
  "Vi deltar i gemensamma utbildningar, planeringsdagar och gemensam handledning.",
);
export const informationsflode = factor(
  "informationsflode",
  "Informationsflöde",
  "Information når alla som behöver den, i rätt tid, och sekretessen hanteras enligt våra rutiner.",
);

export const kommentar = freeText("kommentar", "Vill du lägga till något om samverkan på familjecentralen?", {
  description: "Skriv inga namn på familjer eller kollegor.",
});

export const survey = {
  title: "Spindelmätning – samverkan på familjecentralen",
  description:
    "Skatta hur väl samverkan fungerar på din familjecentral just nu, från 1 (fungerar inte alls) till 10 (fungerar mycket bra). Du är anonym.",
  completedHtml: "<h2>Tack för din skattning!</h2><p>Resultatet redovisas för familjecentralen som helhet.</p>",
};

export const settings = { showProgressBar: "top", progressBarType: "pages" };

/** What every year's version of this survey shares. */
export const base = {
  kind: "spindel",
  firstVersion: "2025.1",
  locales: ["sv"],
  ...survey,
  settings,
} as const;

/** Each spider axis as the results name it: the factor's title. */
export const axisTitles: Record<SpiderAxis, string> = {
  styrning: "Samordnad styrning",
  samordning: "Samordning på arbetsplatsen",
  samlokalisering: "Samlokalisering",
  samtidighet: "Samtidighet",
  vardegrund: "Gemensam värdegrund och mål",
  kunskap_uppdrag: "Kunskap om varandras uppdrag",
  foraldraskapsstod: "Gemensamt föräldraskapsstöd",
  slussning: "Slussning",
  kompetensutveckling: "Gemensam kompetensutveckling",
  delaktighet: "Barns och föräldrars delaktighet",
  informationsflode: "Informationsflöde",
};

/**
 * One statement of a factor (from 2027): a factor that asked two or three things at once is asked
 * as one statement each, rated on the same 1–10 scale with labels that fit a statement. The factor's
 * axis is each respondent's mean of its statements (packages/surveys/src/rollup.ts).
 */
export const statement = (axis: SpiderAxis, key: string, title: string): QuestionSpec =>
  scale(key, title, {
    min: 1,
    max: 10,
    minLabel: "Stämmer inte alls",
    maxLabel: "Stämmer helt",
    required: true,
    axis,
    since: "2027.1",
  });
