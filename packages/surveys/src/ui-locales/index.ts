import { easySwedish } from "../kinds.ts";
import { bosnianStrings } from "./bs.ts";
import { localeCorrections } from "./corrections.ts";
import { somaliStrings } from "./so.ts";
import { tigrinyaStrings } from "./ti.ts";

export { visitorUiStringKeys } from "./visitor-strings.ts";

/** Where easy-to-read Swedish says it more simply than survey-core's Swedish. */
const easySwedishStrings = {
  pagePrevText: "Tillbaka",
  pageNextText: "Nästa",
  completeText: "Skicka",
  progressText: "Sida {0} av {1}",
  requiredError: "Du måste svara på frågan.",
  otherRequiredError: "Skriv ditt svar.",
  commentText: "Skriv här om du vill",
  textMaxLength: "Du kan skriva högst {0} tecken.",
  ratingOptionsCaption: "Tryck här och välj",
  placeholder: "Välj",
};

/** The parts of survey-core this module needs; passed in so browser and server use their own import of it. */
export interface SurveyLocalizationApi {
  setupLocale(config: {
    localeCode: string;
    strings: object;
    nativeName: string;
    englishName: string;
    rtl?: boolean;
  }): void;
  surveyLocalization: { locales: Record<string, Record<string, string>> };
}

/**
 * Adds the dictionaries survey-core lacks (Somali, Tigrinya, Bosnian/Croatian/Serbian)
 * and corrects wrong strings in its Swedish and Polish ones. Call once, after importing survey-core's own
 * dictionaries for the other languages (survey-core/i18n/…).
 */
export function registerUiLocales(api: SurveyLocalizationApi): void {
  api.setupLocale({ localeCode: "so", strings: somaliStrings, nativeName: "Soomaali", englishName: "Somali" });
  api.setupLocale({ localeCode: "ti", strings: tigrinyaStrings, nativeName: "ትግርኛ", englishName: "Tigrinya" });
  api.setupLocale({ localeCode: "bs", strings: bosnianStrings, nativeName: "bosanski", englishName: "Bosnian" });
  for (const [locale, corrections] of Object.entries(localeCorrections)) {
    const strings = api.surveyLocalization.locales[locale];
    if (strings) Object.assign(strings, corrections);
  }
  // Easy-to-read Swedish: the corrected Swedish words, some said more simply.
  api.setupLocale({
    localeCode: easySwedish,
    strings: { ...api.surveyLocalization.locales.sv, ...easySwedishStrings },
    nativeName: "Lättläst svenska",
    englishName: "Easy-to-read Swedish",
  });
}
