import {
  findInstrument,
  type InterfaceTexts,
  interfaceTexts,
  isSurveyKind,
  type Locale,
  localizeDefinition,
  rightToLeftLocales,
  type SurveyJson,
  type SurveyKind,
  yearsOf,
} from "@fcs/surveys";
import { notFound } from "../../errors.ts";

export interface LocalizedSurvey {
  survey: SurveyKind;
  year: number;
  version: string;
  locale: string;
  direction: "ltr" | "rtl";
  locales: string[];
  definition: SurveyJson;
  texts: InterfaceTexts;
}

/** Definitions are static per release: each language is built once and kept. */
const cache = new Map<string, LocalizedSurvey>();

export function getSurveyDefinition(kind: string, year: number, locale: string): LocalizedSurvey {
  const cacheKey = `${kind}/${year}/${locale}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  if (!isSurveyKind(kind)) throw notFound(`Det finns ingen enkät som heter "${kind}".`);
  const instrument = findInstrument(kind, year);
  if (!instrument) {
    throw notFound(`Enkäten ${kind} finns inte för år ${year}; det finns år ${yearsOf(kind).join(", ")}.`);
  }
  if (!(instrument.locales as readonly string[]).includes(locale)) {
    throw notFound(
      `Enkäten ${kind} ${year} finns inte på språket "${locale}"; den finns på ${instrument.locales.join(", ")}.`,
    );
  }
  const localized: LocalizedSurvey = {
    survey: kind,
    year,
    version: instrument.version,
    locale,
    direction: rightToLeftLocales.includes(locale as Locale) ? "rtl" : "ltr",
    locales: [...instrument.locales],
    definition: localizeDefinition(instrument, locale as Locale),
    texts: interfaceTexts(locale),
  };
  cache.set(cacheKey, localized);
  return localized;
}
