import type { VisitorLocale } from "@fcs/surveys/kinds";
import { localeNativeNames, rightToLeftLocales } from "@fcs/surveys/kinds";
import type { SurveyJson } from "@fcs/surveys/types";
import { useParams } from "react-router";
import { useCentre } from "../../api/hooks/centres.ts";
import { useLocalizedDefinition } from "../../api/hooks/surveys.ts";
import { allOf } from "../../api/query-client.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { readSurvey } from "../kiosk/survey/survey-model.ts";
import { SurveyChoice, usePaperFormChoice } from "./form-choice.tsx";
import { PaperForm, paperFormCode } from "./PaperForm.tsx";

/**
 * "Pappersenkät": a survey as an A4 form to print, in any of its languages, for visitors the
 * tablet and the link do not reach. Generated from the same definition as every other channel.
 */
export function PaperFormPage() {
  const t = useMessages().paper;
  const centreId = useParams().centreId ?? "";
  const { survey, year, locale, choose } = usePaperFormChoice();
  const page = allOf(useCentre(centreId), useLocalizedDefinition(survey, year, locale));

  return (
    <QueryStatus query={page}>
      {([centre, definition]) => (
        <>
          <div className="no-print">
            <PageHeading>{t.title(centre.name)}</PageHeading>
            <p>{t.intro}</p>
            <div className="filter-row">
              <SurveyChoice survey={survey} onChange={(value) => choose("enkat", value)} />
              <SelectField
                label={t.language}
                value={definition.locale}
                options={definition.locales.map((code) => ({
                  value: code,
                  label: localeNativeNames[code as VisitorLocale] ?? code,
                }))}
                onChange={(value) => choose("sprak", value)}
              />
            </div>
            <p>
              <button type="button" onClick={() => window.print()}>
                {t.print}
              </button>
            </p>
            <p>{t.printHint(paperFormCode(survey, year, definition.locale))}</p>
          </div>
          <PaperForm
            centreName={centre.name}
            year={year}
            survey={survey}
            locale={definition.locale}
            rightToLeft={rightToLeftLocales.includes(definition.locale as VisitorLocale)}
            model={readSurvey(definition.definition as SurveyJson)}
          />
        </>
      )}
    </QueryStatus>
  );
}
