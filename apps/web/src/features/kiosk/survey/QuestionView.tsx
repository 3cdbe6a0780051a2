import { dontKnowValue } from "@fcs/surveys/kinds";
import type { Question } from "./survey-model.ts";

interface QuestionViewProps {
  question: Question;
  value: unknown;
  /** The "please answer" text when the visitor tried to go on without answering, else undefined. */
  error?: string;
  /** The mark after the title of a question one may leave unanswered ("Valfritt"). */
  optionalText: string;
  /** Reads the question aloud, where the device has a voice for its language; the button's text. */
  listen?: { label: string; read(): void };
  onChange(value: unknown): void;
}

/** Sad, neutral and happy faces for a three-step child scale; the text under the end faces names them. */
export function Face({ step, of }: { step: number; of: number }) {
  const mood = of <= 1 ? 1 : (step - 1) / (of - 1);
  const colour = mood < 0.34 ? "#c0392b" : mood < 0.67 ? "#d4a017" : "#2e8b57";
  const smile = 44 + 12 * (mood - 0.5) * 2;
  return (
    <svg viewBox="0 0 64 64" width="88" height="88" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="29" fill={colour} />
      <circle cx="22" cy="25" r="4" fill="#1b1b1b" />
      <circle cx="42" cy="25" r="4" fill="#1b1b1b" />
      <path d={`M18 44 Q32 ${smile} 46 44`} stroke="#1b1b1b" strokeWidth="4" fill="none" strokeLinecap="round" />
    </svg>
  );
}

/** One question: a group of big touch targets (or a text box), with its error under it. */
export function QuestionView({ question, value, error, optionalText, listen, onChange }: QuestionViewProps) {
  const id = `q-${question.name}`;
  const errorId = `${id}-error`;
  const described = [question.description ? `${id}-description` : "", error ? errorId : ""].filter(Boolean).join(" ");
  const description = question.description && (
    <p className="survey-question-description" id={`${id}-description`}>
      {question.description}
    </p>
  );
  const optional = !question.required && <span className="survey-optional"> ({optionalText})</span>;
  const listenButton = listen && (
    <button type="button" className="survey-listen" onClick={listen.read}>
      <span aria-hidden="true">🔊</span> {listen.label}
    </button>
  );
  const errorText = error && (
    <p className="survey-question-error" id={errorId} role="alert">
      {error}
    </p>
  );

  if (question.type === "text") {
    return (
      <div className="survey-question" id={id}>
        <label className="survey-question-title" htmlFor={`${id}-input`}>
          {question.title}
          {optional}
        </label>
        {listenButton}
        {description}
        <textarea
          id={`${id}-input`}
          rows={question.rows}
          maxLength={question.maxLength}
          value={typeof value === "string" ? value : ""}
          aria-describedby={described || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {errorText}
      </div>
    );
  }

  const options =
    question.type === "rating"
      ? Array.from({ length: question.max - question.min + 1 }, (_, i) => {
          const step = question.min + i;
          const end = step === question.min ? question.minText : step === question.max ? question.maxText : undefined;
          return { value: step as string | number, label: String(step), end, step, image: undefined };
        })
      : question.choices.map((c) => ({ value: c.value, label: c.text, end: undefined, step: 0, image: c.image }));
  // "Vet ej / Ej aktuellt" stands apart from the scale, after its ends, so it never reads as a step of it.
  const dontKnow = question.type === "rating" ? question.dontKnowText : undefined;
  const multiple = question.type === "multiple";
  const chosen = (v: string | number) => (multiple ? Array.isArray(value) && value.includes(v) : value === v);
  const toggle = (v: string | number) => {
    if (!multiple) return onChange(v);
    const current = Array.isArray(value) ? value : [];
    onChange(current.includes(v) ? current.filter((x) => x !== v) : [...current, v]);
  };
  const layout =
    question.type === "rating"
      ? question.smileys
        ? "survey-smileys"
        : "survey-scale"
      : multiple && question.pictures
        ? "survey-pictures"
        : "survey-choices";

  return (
    <fieldset className="survey-question" id={id} aria-describedby={described || undefined}>
      <legend className="survey-question-title">
        {question.title}
        {optional}
      </legend>
      {listenButton}
      {description}
      <div className={layout}>
        {options.map((option) => (
          <label key={option.value} className="survey-option" data-checked={chosen(option.value) || undefined}>
            <input
              type={multiple ? "checkbox" : "radio"}
              name={question.name}
              value={option.value}
              checked={chosen(option.value)}
              required={question.required && !multiple}
              onChange={() => toggle(option.value)}
            />
            {question.type === "rating" && question.smileys ? (
              <>
                <Face step={option.step} of={question.max - question.min + 1} />
                {/* The end faces say what they mean right under them ("Nej", "Ja"), not at the card's edges. */}
                <span className="visually-hidden">{option.label} </span>
                {option.end && <span className="survey-face-label">{option.end}</span>}
              </>
            ) : question.type === "rating" ? (
              <>
                <span className="survey-option-text">{option.label}</span>
                {option.end && <span className="visually-hidden"> {option.end}</span>}
              </>
            ) : (
              <>
                <span className={multiple ? "survey-mark survey-mark-box" : "survey-mark"} aria-hidden="true" />
                {option.image && <img src={option.image} alt="" width="120" height="120" />}
                <span className="survey-option-text">{option.label}</span>
              </>
            )}
          </label>
        ))}
      </div>
      {question.type === "rating" && !question.smileys && (question.minText || question.maxText) && (
        <div className="survey-scale-ends" aria-hidden="true">
          <span>{question.minText}</span>
          <span>{question.maxText}</span>
        </div>
      )}
      {dontKnow && (
        <label className="survey-option survey-dont-know" data-checked={chosen(dontKnowValue) || undefined}>
          <input
            type="radio"
            name={question.name}
            value={dontKnowValue}
            checked={chosen(dontKnowValue)}
            onChange={() => toggle(dontKnowValue)}
          />
          <span className="survey-option-text">{dontKnow}</span>
        </label>
      )}
      {errorText}
    </fieldset>
  );
}
