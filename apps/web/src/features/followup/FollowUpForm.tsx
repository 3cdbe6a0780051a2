import { registerUiLocales } from "@fcs/surveys/ui-locales";
import { useEffect, useLayoutEffect, useMemo, useState } from "react";
import { Model, type Question, setupLocale, surveyLocalization } from "survey-core";
import "survey-core/i18n/swedish";
import "survey-core/survey-core.fontless.min.css";
import { Survey } from "survey-react-ui";
import { useMessages } from "../../i18n/index.ts";

// survey-core's Swedish has a few wrong words ("Rensa", "OK", "Avbryt"); ours correct them.
registerUiLocales({ setupLocale, surveyLocalization });

type Answers = Record<string, unknown>;

interface FollowUpFormProps {
  definition: Record<string, unknown>;
  answers: Answers;
  /** Last year's approved answers; filled in where this year's follow-up has no answer yet. */
  lastYear: Answers;
  prefill: boolean;
  readOnly: boolean;
  /** The answers as first shown, last year's prefill included. */
  onAnswersShown(answers: Answers): void;
  onAnswersChange(answers: Answers): void;
}

interface MissingQuestion {
  name: string;
  title: string;
  focus(): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The app's colours and typeface for SurveyJS, read from the app's own stylesheet so there is
 * one source: the brand colour from which SurveyJS derives its accents, the page's grey surface
 * instead of its teal, and the body's fonts instead of "Open Sans" (not installed on most
 * office PCs, which would fall back to a serif).
 */
function appTheme() {
  const root = getComputedStyle(document.documentElement);
  return {
    cssVariables: {
      "--sjs2-color-project-brand-600": root.getPropertyValue("--colour-primary").trim() || "#00508c",
      "--sjs2-typography-font-family-text": getComputedStyle(document.body).fontFamily,
      "--sjs2-color-utility-surface-survey": root.getPropertyValue("--colour-surface").trim() || "#f3f5f8",
    },
  };
}

/** The quality follow-up in SurveyJS, loaded only on the follow-up page. */
export default function FollowUpForm(props: FollowUpFormProps) {
  const { definition, answers, lastYear, prefill, readOnly, onAnswersShown, onAnswersChange } = props;
  const t = useMessages().followUp;
  const model = useMemo(() => {
    const survey = new Model(definition);
    survey.locale = "sv";
    survey.showCompleteButton = false;
    survey.showTOC = true;
    // A draft may be incomplete: move freely between sections; the list above says what is missing.
    survey.checkErrorsMode = "onValueChanged";
    survey.validationAllowSwitchPages = true;
    survey.hideRequiredErrors = true;
    survey.applyTheme(appTheme());
    // A grid of flows between the same services has no flow from a service to itself.
    survey.onMatrixCellCreated.add((_, options) => {
      if (options.row.rowName === options.columnName) options.cellQuestion.visible = false;
    });
    const initial = { ...answers };
    if (prefill) {
      for (const [key, value] of Object.entries(lastYear)) if (!(key in initial)) initial[key] = value;
    }
    survey.data = initial;
    return survey;
  }, [definition, answers, lastYear, prefill]);
  // Set on the same model, so a form that becomes read-only (after a colleague's save) keeps what is shown.
  useLayoutEffect(() => {
    model.readOnly = readOnly;
  }, [model, readOnly]);

  const [missing, setMissing] = useState<MissingQuestion[]>([]);

  useEffect(() => {
    const originals = new Map<string, string>();
    // A value equal to last year's approved one is marked, so the coordinator checks it still holds.
    const mark = (question: Question) => {
      if (!(question.name in lastYear)) return;
      if (!originals.has(question.name)) originals.set(question.name, question.description ?? "");
      const original = originals.get(question.name) ?? "";
      question.description = same(question.value, lastYear[question.name])
        ? `${t.lastYearMark}${original ? ` ${original}` : ""}`
        : original;
    };
    const findMissing = () =>
      setMissing(
        model
          .getAllQuestions(true)
          .filter((q) => q.isRequired && q.isEmpty())
          .map((q) => ({ name: q.name, title: q.processedTitle, focus: () => q.focus() })),
      );
    for (const question of model.getAllQuestions()) mark(question);
    findMissing();
    onAnswersShown(model.data as Answers);

    const changed = (_: Model, options: { name: string }) => {
      const question = model.getQuestionByName(options.name);
      if (question) mark(question);
      findMissing();
      onAnswersChange(model.data as Answers);
    };
    model.onValueChanged.add(changed);
    return () => model.onValueChanged.remove(changed);
  }, [model, lastYear, onAnswersShown, onAnswersChange, t.lastYearMark]);

  const prefilled = Object.keys(lastYear).filter((key) => same(model.getValue(key), lastYear[key])).length;

  return (
    <>
      {!readOnly && prefilled > 0 && <p className="notice">{t.prefilled(prefilled)}</p>}
      {!readOnly && (
        <section aria-labelledby="missing-title" className="missing">
          <h2 id="missing-title">{t.missingTitle}</h2>
          {missing.length === 0 ? (
            <p>{t.nothingMissing}</p>
          ) : (
            <>
              <p>{t.missingCount(missing.length)}</p>
              <ul>
                {missing.map((q) => (
                  <li key={q.name}>
                    <button type="button" className="link-button" onClick={q.focus}>
                      {q.title}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <div className="followup-survey">
        <Survey model={model} />
      </div>
    </>
  );
}
