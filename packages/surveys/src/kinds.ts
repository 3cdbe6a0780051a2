/** The four surveys of the yearly cycle (docs/domain.md). Keys are stable; they name tables, URLs and files. */
export const surveyKinds = ["kvalitetsuppfoljning", "spindel", "besok_vuxen", "besok_barn"] as const;
export type SurveyKind = (typeof surveyKinds)[number];

/** Surveys answered anonymously with a collection token, not by a signed-in user. */
export const anonymousSurveyKinds = ["spindel", "besok_vuxen", "besok_barn"] as const satisfies readonly SurveyKind[];
export type AnonymousSurveyKind = (typeof anonymousSurveyKinds)[number];

/** Each survey's Swedish name in the definite form, as a message puts it in a sentence ("… för besöksenkäten för vuxna"). */
export const surveyNames: Record<SurveyKind, string> = {
  kvalitetsuppfoljning: "kvalitetsuppföljningen",
  spindel: "spindelmätningen",
  besok_vuxen: "besöksenkäten för vuxna",
  besok_barn: "besöksenkäten för barn",
};

/** The order the surveys are shown in, visitors first: the results' survey choice and every table of counts. */
export const surveysInDisplayOrder = [
  "besok_vuxen",
  "besok_barn",
  "spindel",
  "kvalitetsuppfoljning",
] as const satisfies readonly SurveyKind[];

/** The anonymous surveys in the order they are shown. */
export const anonymousSurveysInDisplayOrder = [
  "besok_vuxen",
  "besok_barn",
  "spindel",
] as const satisfies readonly AnonymousSurveyKind[];

export const visitorSurveyKinds = ["besok_vuxen", "besok_barn"] as const satisfies readonly SurveyKind[];

/**
 * Easy-to-read Swedish (lättläst): short sentences and common words, for visitors who read Swedish
 * with difficulty. A language of its own, coded as Swedish with a private-use subtag (BCP 47), so a
 * screen reader and a voice read it as Swedish.
 */
export const easySwedish = "sv-x-lattlast";

/**
 * Languages of the visitor surveys: Swedish and easy-to-read Swedish first, then the languages most
 * spoken by visitors (docs/domain.md). "bs" is Bosnian/Croatian/Serbian in Latin script.
 */
export const visitorLocales = ["sv", easySwedish, "en", "ar", "so", "ti", "fa", "uk", "pl", "tr", "bs"] as const;
export type VisitorLocale = (typeof visitorLocales)[number];
export type Locale = VisitorLocale;

export const rightToLeftLocales: readonly Locale[] = ["ar", "fa"];

/** The language a locale is spoken in, as a voice or a dictionary names it: "sv" for easy-to-read Swedish. */
export const spokenLanguageOf = (locale: string) => locale.split("-")[0] ?? locale;

/** Each language named in its own script, as the kiosk's start screen shows it. */
export const localeNativeNames: Record<Locale, string> = {
  sv: "Svenska",
  [easySwedish]: "Lättläst svenska",
  en: "English",
  ar: "العربية",
  so: "Soomaali",
  ti: "ትግርኛ",
  fa: "فارسی / دری",
  uk: "Українська",
  pl: "Polski",
  tr: "Türkçe",
  bs: "Bosanski / Hrvatski / Srpski",
};

/** Each language's name in Swedish, as the results split by language name it. */
export const localeSwedishNames: Record<Locale, string> = {
  sv: "Svenska",
  [easySwedish]: "Lättläst svenska",
  en: "Engelska",
  ar: "Arabiska",
  so: "Somaliska",
  ti: "Tigrinja",
  fa: "Persiska/dari",
  uk: "Ukrainska",
  pl: "Polska",
  tr: "Turkiska",
  bs: "Bosniska/kroatiska/serbiska",
};

/** The answer "Vet ej / Ej aktuellt" to a rating that offers it (builder.ts, withDontKnow). */
export const dontKnowValue = "vet_ej";

export function isSurveyKind(value: string): value is SurveyKind {
  return (surveyKinds as readonly string[]).includes(value);
}
