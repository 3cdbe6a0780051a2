import { localeNativeNames, rightToLeftLocales, type VisitorLocale, visitorLocales } from "@fcs/surveys/kinds";
import type { KioskStatus } from "./kiosk-api.ts";
import { kioskText } from "./kiosk-text.ts";

type VisitorSurvey = "besok_vuxen" | "besok_barn";

interface StartScreenProps {
  status: KioskStatus;
  locale: VisitorLocale;
  onLocale(locale: VisitorLocale): void;
  onBegin(survey: VisitorSurvey): void;
}

/** The visitors' start: every language named in its own script, then adult or child. */
export function StartScreen({ status, locale, onLocale, onBegin }: StartScreenProps) {
  const text = kioskText[locale];
  const isOpen = (survey: VisitorSurvey) => status.surveys.some((s) => s.survey === survey && s.open);
  return (
    <div className="kiosk-start">
      <p className="kiosk-centre">{status.centreName}</p>
      <h1>{text.welcome}</h1>
      <h2 id="kiosk-languages">{text.chooseLanguage}</h2>
      <ul className="kiosk-languages" aria-labelledby="kiosk-languages">
        {visitorLocales.map((code) => (
          <li key={code}>
            <button
              type="button"
              lang={code}
              dir={rightToLeftLocales.includes(code) ? "rtl" : "ltr"}
              aria-pressed={code === locale}
              onClick={() => onLocale(code)}
            >
              {localeNativeNames[code]}
            </button>
          </li>
        ))}
      </ul>
      <div className="kiosk-audiences">
        {isOpen("besok_vuxen") && (
          <button type="button" className="kiosk-adult" onClick={() => onBegin("besok_vuxen")}>
            <span aria-hidden="true">🧑</span> {text.adult}
          </button>
        )}
        {isOpen("besok_barn") && (
          <button type="button" className="kiosk-child" onClick={() => onBegin("besok_barn")}>
            <span aria-hidden="true">🧒</span> {text.child}
          </button>
        )}
      </div>
    </div>
  );
}
