import { type AnonymousSurveyKind, easySwedish, type VisitorLocale } from "@fcs/surveys/kinds";
import { kioskText } from "../kiosk/kiosk-text.ts";
import { Face } from "../kiosk/survey/QuestionView.tsx";
import type { Question, SurveyModel } from "../kiosk/survey/survey-model.ts";

const surveyCodes: Record<AnonymousSurveyKind, string> = { besok_vuxen: "BV", besok_barn: "BB", spindel: "SP" };

/** The short code printed on a form, so staff entering a stack know which survey, year and language it is. */
export const paperFormCode = (survey: AnonymousSurveyKind, year: number, locale: string) =>
  `${surveyCodes[survey]}-${year}-${locale === easySwedish ? "LL" : locale.toUpperCase()}`;

interface PaperFormProps {
  centreName: string;
  year: number;
  survey: AnonymousSurveyKind;
  locale: string;
  rightToLeft: boolean;
  model: SurveyModel;
}

/**
 * The printed form: every question of every page, numbered, with a box to tick per option
 * (the faces for children, the pictures of their activities), lines to write on, and the
 * centre, year and form code in the header. Conditional questions are printed too, since
 * paper cannot hide them; one who does not need them leaves them empty.
 */
export function PaperForm({ centreName, year, survey, locale, rightToLeft, model }: PaperFormProps) {
  const words = kioskText[locale as VisitorLocale] ?? kioskText.sv;
  const questions = model.pages.flatMap((page) => page.questions);
  return (
    <article className="paper-form" lang={locale} dir={rightToLeft ? "rtl" : "ltr"} aria-label={model.title}>
      <header className="paper-form-header">
        <p className="paper-form-centre">
          {centreName} · {year}
        </p>
        <p className="paper-form-code" dir="ltr">
          {paperFormCode(survey, year, locale)}
        </p>
      </header>
      {model.title && <h2 className="paper-form-title">{model.title}</h2>}
      {model.description && <p className="paper-form-description">{model.description}</p>}
      <ol className="paper-form-questions">
        {questions.map((question) => (
          <li key={question.name} className="paper-question">
            <p className="paper-question-title">
              {question.title}
              {!question.required && <span className="survey-optional"> ({words.optional})</span>}
            </p>
            {question.description && <p className="paper-question-description">{question.description}</p>}
            <PaperAnswer question={question} markOne={words.paperMarkOne} markAny={words.paperMarkAny} />
          </li>
        ))}
      </ol>
    </article>
  );
}

function PaperAnswer({ question, markOne, markAny }: { question: Question; markOne: string; markAny: string }) {
  if (question.type === "text") {
    const lines = Array.from({ length: Math.max(3, question.rows) }, (_, i) => `${question.name}-${i}`);
    return (
      <div className="paper-lines" aria-hidden="true">
        {lines.map((line) => (
          <span key={line} />
        ))}
      </div>
    );
  }
  if (question.type === "rating") {
    const steps = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
    return (
      <>
        <p className="paper-instruction">{markOne}</p>
        <ul className={question.smileys ? "paper-scale paper-faces" : "paper-scale"}>
          {steps.map((step) => (
            <li key={step}>
              {question.smileys ? <Face step={step - question.min + 1} of={steps.length} /> : <span>{step}</span>}
              <span className="paper-box" aria-hidden="true" />
              {step === question.min && question.minText && <span className="paper-end">{question.minText}</span>}
              {step === question.max && question.maxText && <span className="paper-end">{question.maxText}</span>}
            </li>
          ))}
          {question.dontKnowText && (
            <li className="paper-dont-know">
              <span className="paper-box" aria-hidden="true" />
              <span>{question.dontKnowText}</span>
            </li>
          )}
        </ul>
      </>
    );
  }
  const multiple = question.type === "multiple";
  return (
    <>
      <p className="paper-instruction">{multiple ? markAny : markOne}</p>
      <ul className={multiple && question.pictures ? "paper-choices paper-pictures" : "paper-choices"}>
        {question.choices.map((choice) => (
          <li key={choice.value}>
            <span className="paper-box" aria-hidden="true" />
            {choice.image && <img src={choice.image} alt="" width="72" height="72" />}
            <span>{choice.text}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
