import type { AnonymousSurveyKind, VisitorLocale } from "@fcs/surveys/kinds";
import { localeNativeNames } from "@fcs/surveys/kinds";
import type { SurveyJson } from "@fcs/surveys/types";
import { type FormEvent, type KeyboardEvent, useMemo, useRef, useState } from "react";
import { useParams } from "react-router";
import { useCentre } from "../../api/hooks/centres.ts";
import { useEnterPaperResponse } from "../../api/hooks/collection.ts";
import { useLocalizedDefinition } from "../../api/hooks/surveys.ts";
import { allOf } from "../../api/query-client.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { type Question, readSurvey } from "../kiosk/survey/survey-model.ts";
import { readTyped } from "./entry-model.ts";
import { SurveyChoice, usePaperFormChoice } from "./form-choice.tsx";
import { paperFormCode } from "./PaperForm.tsx";

/**
 * "För in pappersenkäter": staff type a stack of paper forms, one after the other, by keyboard:
 * a number per question as the form shows it, Enter to the next question, Ctrl+Enter to save.
 * Empty questions are named before saving, so a skipped line is caught; the server checks every
 * form as it checks a tablet's answers and stores it with channel "paper".
 */
export function PaperEntryPage() {
  const t = useMessages().paperEntry;
  const centreId = useParams().centreId ?? "";
  const { survey, year, locale, choose } = usePaperFormChoice();
  // The questions in Swedish, numbered as on every language's form; the form's language is recorded.
  const page = allOf(useCentre(centreId), useLocalizedDefinition(survey, year, "sv"));
  return (
    <QueryStatus query={page}>
      {([centre, definition]) => (
        <>
          <PageHeading>{t.title(centre.name)}</PageHeading>
          <p>{t.intro}</p>
          <div className="filter-row">
            <SurveyChoice survey={survey} onChange={(value) => choose("enkat", value)} />
            <SelectField
              label={t.language}
              value={locale}
              options={definition.locales.map((code) => ({
                value: code,
                label: `${localeNativeNames[code as VisitorLocale] ?? code} (${paperFormCode(survey, year, code)})`,
              }))}
              onChange={(value) => choose("sprak", value)}
            />
          </div>
          <EntryForm
            key={`${survey}:${locale}`}
            centreId={centreId}
            survey={survey}
            year={year}
            locale={locale}
            questions={readSurvey(definition.definition as SurveyJson).pages.flatMap((p) => p.questions)}
          />
        </>
      )}
    </QueryStatus>
  );
}

interface EntryFormProps {
  centreId: string;
  survey: AnonymousSurveyKind;
  year: number;
  locale: string;
  questions: Question[];
}

function EntryForm({ centreId, survey, year, locale, questions }: EntryFormProps) {
  const t = useMessages().paperEntry;
  const enter = useEnterPaperResponse(centreId);
  const { error, run } = useAction(useMessages().errors.network);
  const [typed, setTyped] = useState<Record<string, string>>({});
  // One id per form, kept until it is stored: a retry after a lost answer never makes a second response.
  const [formId, setFormId] = useState(() => crypto.randomUUID());
  const [entered, setEntered] = useState(0);
  const [emptyConfirmed, setEmptyConfirmed] = useState<string>();
  const [notice, setNotice] = useState("");
  const fields = useRef<(HTMLInputElement | HTMLTextAreaElement | null)[]>([]);
  const readings = useMemo(() => questions.map((q) => readTyped(q, typed[q.name] ?? "", t)), [questions, typed, t]);
  const empty = questions.map((_q, i) => ("empty" in (readings[i] ?? {}) ? i + 1 : 0)).filter((n) => n > 0);
  const wrong = readings.some((r) => "error" in r);
  const emptyKey = empty.join(",");

  function save(event?: FormEvent) {
    event?.preventDefault();
    setNotice("");
    if (wrong) return setNotice(t.fixErrors);
    // A skipped line is caught: empty questions are named once, and saved on the second try.
    if (empty.length > 0 && emptyConfirmed !== emptyKey) {
      setEmptyConfirmed(emptyKey);
      return;
    }
    const answers = Object.fromEntries(
      questions.flatMap((q, i) => {
        const reading = readings[i];
        return reading && "value" in reading ? [[q.name, reading.value]] : [];
      }),
    );
    void run(async () => {
      await enter.mutateAsync({ id: formId, survey, year, locale, answers });
      setEntered((n) => n + 1);
      setNotice(t.saved(entered + 1));
      setTyped({});
      setEmptyConfirmed(undefined);
      setFormId(crypto.randomUUID());
      fields.current[0]?.focus();
    });
  }

  function keyDown(event: KeyboardEvent, index: number) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) return save(event);
    if (event.key === "Enter" && event.currentTarget.tagName === "INPUT") {
      event.preventDefault();
      fields.current[index + 1]?.focus();
    }
  }

  return (
    <form className="paper-entry" onSubmit={save} aria-describedby="paper-entry-help">
      <p id="paper-entry-help" className="field-hint">
        {t.help}
      </p>
      <p className="paper-entry-count" role="status">
        {t.count(entered)} {notice}
      </p>
      <ol className="paper-entry-questions">
        {questions.map((question, index) => {
          const id = `paper-${question.name}`;
          const reading = readings[index];
          const problem = reading && "error" in reading ? reading.error : undefined;
          return (
            <li key={question.name} className="field">
              <label htmlFor={id}>{question.title}</label>
              <p id={`${id}-hint`} className="field-hint">
                {hintOf(question, t)}
              </p>
              {question.type === "text" ? (
                <textarea
                  id={id}
                  ref={(el) => {
                    fields.current[index] = el;
                  }}
                  rows={2}
                  maxLength={question.maxLength}
                  value={typed[question.name] ?? ""}
                  aria-describedby={`${id}-hint`}
                  onChange={(event) => setTyped((all) => ({ ...all, [question.name]: event.target.value }))}
                  onKeyDown={(event) => keyDown(event, index)}
                />
              ) : (
                <input
                  id={id}
                  ref={(el) => {
                    fields.current[index] = el;
                  }}
                  inputMode="numeric"
                  autoComplete="off"
                  value={typed[question.name] ?? ""}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
                  onChange={(event) => setTyped((all) => ({ ...all, [question.name]: event.target.value }))}
                  onKeyDown={(event) => keyDown(event, index)}
                />
              )}
              {problem && (
                <p id={`${id}-error`} className="field-error">
                  {problem}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {emptyConfirmed === emptyKey && empty.length > 0 && (
        <p className="notice notice-warning" role="alert">
          {t.emptyCheck(empty)}
        </p>
      )}
      <button type="submit">{t.save}</button>
      <ActionError message={error} />
    </form>
  );
}

/** What to type for a question, as its options are numbered on the form. */
function hintOf(question: Question, t: ReturnType<typeof useMessages>["paperEntry"]): string {
  if (question.type === "text") return t.hintText;
  if (question.type === "rating")
    return `${t.hintRating(question.min, question.max, question.smileys)}${question.dontKnowText ? ` ${t.hintDontKnow(question.dontKnowText)}` : ""}`;
  const list = question.choices.map((c, i) => `${i + 1} ${c.text}`).join(", ");
  return question.type === "multiple" ? t.hintMultiple(list) : t.hintSingle(list);
}
