import { registerUiLocales } from "@fcs/surveys/ui-locales";
import { useEffect, useMemo } from "react";
import { Model, setupLocale, surveyLocalization } from "survey-core";
import "survey-core/i18n/arabic";
import "survey-core/i18n/persian";
import "survey-core/i18n/polish";
import "survey-core/i18n/swedish";
import "survey-core/i18n/turkish";
import "survey-core/i18n/ukrainian";
import "survey-core/survey-core.fontless.min.css";
import { Survey } from "survey-react-ui";
import type { SurveyDefinition } from "./kiosk-api.ts";

registerUiLocales({ setupLocale, surveyLocalization });

interface SurveyScreenProps {
  definition: SurveyDefinition;
  onComplete(answers: Record<string, unknown>): void;
}

/** One survey on the tablet, in the visitor's language; loaded only when a visitor starts one. */
export default function SurveyScreen({ definition, onComplete }: SurveyScreenProps) {
  const model = useMemo(() => {
    const survey = new Model(definition.definition);
    survey.locale = definition.locale;
    survey.showCompletedPage = false;
    return survey;
  }, [definition]);

  useEffect(() => {
    const complete = (sender: Model) => onComplete(sender.data as Record<string, unknown>);
    model.onComplete.add(complete);
    return () => model.onComplete.remove(complete);
  }, [model, onComplete]);

  return (
    <div className="kiosk-survey" dir={definition.direction} lang={definition.locale}>
      <Survey model={model} />
    </div>
  );
}
