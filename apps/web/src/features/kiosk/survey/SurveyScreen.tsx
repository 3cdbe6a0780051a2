import { useEffect, useMemo, useRef, useState } from "react";
import type { SurveyDefinition } from "../kiosk-api.ts";
import type { KioskText } from "../kiosk-text.ts";
import { QuestionView } from "./QuestionView.tsx";
import { speak, spokenText, useVoice } from "./read-aloud.ts";
import { type Answers, finalAnswers, missingOn, readSurvey, visiblePages } from "./survey-model.ts";

interface SurveyScreenProps {
  definition: SurveyDefinition;
  onComplete(answers: Answers): void;
  /** Leaving half-way (after a confirmation): the answers are dropped and the start shows. */
  onCancel(): void;
  /** The kiosk's own words in the visitor's language: leaving half-way, and the mark of an optional question. */
  words: Pick<KioskText, "cancel" | "confirmCancel" | "cancelYes" | "cancelNo" | "optional" | "listen">;
}

/**
 * One anonymous survey on a tablet or a phone, in the respondent's language:
 * a page at a time, big targets, progress, and the required answers checked
 * before moving on. Drawn from the SurveyJS definition without survey-core,
 * which alone weighs more than the kiosk's whole budget; the server checks
 * every answer with survey-core's rules. Answers live only in this component's
 * state, so they are gone when the screen closes.
 */
export function SurveyScreen({ definition, onComplete, onCancel, words }: SurveyScreenProps) {
  const survey = useMemo(() => readSurvey(definition.definition), [definition]);
  const texts = definition.texts;
  const voice = useVoice(definition.locale);
  const [answers, setAnswers] = useState<Answers>({});
  const [index, setIndex] = useState(0);
  const [missing, setMissing] = useState<string[]>([]);
  const [cancelling, setCancelling] = useState(false);
  const keepGoing = useRef<HTMLButtonElement>(null);
  // Asked whether to leave: the safe answer has the focus, so Enter keeps the answers.
  useEffect(() => {
    if (cancelling) keepGoing.current?.focus();
  }, [cancelling]);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const pages = visiblePages(survey, answers);
  const at = Math.min(index, pages.length - 1);
  const page = pages[at];
  const last = at === pages.length - 1;

  // A new page: move focus to its heading, so a screen reader starts reading there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each page change.
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [at]);

  if (!page) return null;

  function answer(name: string, value: unknown) {
    setAnswers((current) => ({ ...current, [name]: value }));
    setMissing((current) => current.filter((n) => n !== name));
  }

  function forward() {
    if (!page) return;
    const unanswered = missingOn(page, answers);
    setMissing(unanswered);
    if (unanswered.length > 0) {
      document.querySelector<HTMLElement>(`#q-${unanswered[0]} input, #q-${unanswered[0]} textarea`)?.focus();
      return;
    }
    if (last) onComplete(finalAnswers(survey, answers));
    else setIndex(at + 1);
  }

  const progress = texts.progress.replace("{0}", String(at + 1)).replace("{1}", String(pages.length));
  return (
    <div className="kiosk-survey" dir={definition.direction} lang={definition.locale}>
      <h1 className="survey-title" ref={page.title ? undefined : heading} tabIndex={-1}>
        {survey.title}
      </h1>
      <div className="survey-progress">
        <span className="survey-progress-text">{progress}</span>
        <div className="survey-progress-bar" aria-hidden="true">
          <span style={{ inlineSize: `${((at + 1) / pages.length) * 100}%` }} />
        </div>
      </div>
      {at === 0 && survey.description && <p className="survey-description">{survey.description}</p>}
      <form
        className="survey-page"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          forward();
        }}
      >
        {page.title && (
          <h2 className="survey-page-title" ref={heading} tabIndex={-1}>
            {page.title}
          </h2>
        )}
        {page.description && <p className="survey-page-description">{page.description}</p>}
        {page.questions.map((question) => (
          <QuestionView
            key={question.name}
            question={question}
            value={answers[question.name]}
            error={missing.includes(question.name) ? texts.required : undefined}
            optionalText={words.optional}
            listen={voice && { label: words.listen, read: () => speak(spokenText(question), voice) }}
            onChange={(value) => answer(question.name, value)}
          />
        ))}
        <div className="survey-navigation">
          {at > 0 && (
            <button type="button" className="button-secondary" onClick={() => setIndex(at - 1)}>
              {texts.previous}
            </button>
          )}
          <button type="submit">{last ? texts.complete : texts.next}</button>
        </div>
      </form>
      {cancelling ? (
        <div className="survey-cancel" role="alertdialog" aria-labelledby="survey-cancel-question">
          <p id="survey-cancel-question">{words.confirmCancel}</p>
          <div className="button-row">
            <button type="button" onClick={onCancel}>
              {words.cancelYes}
            </button>
            <button type="button" className="button-secondary" ref={keepGoing} onClick={() => setCancelling(false)}>
              {words.cancelNo}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="survey-cancel-button button-secondary" onClick={() => setCancelling(true)}>
          {words.cancel}
        </button>
      )}
    </div>
  );
}
