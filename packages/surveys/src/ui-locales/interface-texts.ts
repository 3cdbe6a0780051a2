import { setupLocale, surveyLocalization } from "survey-core";
import "survey-core/i18n/arabic";
import "survey-core/i18n/persian";
import "survey-core/i18n/polish";
import "survey-core/i18n/swedish";
import "survey-core/i18n/turkish";
import "survey-core/i18n/ukrainian";
import { registerUiLocales } from "./index.ts";

registerUiLocales({ setupLocale, surveyLocalization });

/** The interface texts a survey screen needs besides the survey's own, in one language. */
export interface InterfaceTexts {
  previous: string;
  next: string;
  complete: string;
  /** "Sida {0} av {1}" */
  progress: string;
  required: string;
}

/**
 * The texts survey-core would show, taken from its dictionaries (and ours for
 * the languages it lacks) here on the server, so that a light client can show
 * the same words without downloading survey-core.
 */
export function interfaceTexts(locale: string): InterfaceTexts {
  const text = (key: string) => surveyLocalization.getString(key, locale);
  return {
    previous: text("pagePrevText"),
    next: text("pageNextText"),
    complete: text("completeText"),
    progress: text("progressText"),
    required: text("requiredError"),
  };
}
