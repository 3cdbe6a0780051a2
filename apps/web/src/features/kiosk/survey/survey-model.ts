import { type Condition, compileCondition } from "@fcs/surveys/conditions";
import type { SurveyJson } from "@fcs/surveys/types";

/**
 * The anonymous surveys as the collection screens show them: pages of
 * questions read from the same SurveyJS JSON that survey-core validates on the
 * server, with the few question types those surveys use. Pure logic, no React.
 */
export type Answers = Record<string, unknown>;

interface Choice {
  value: string;
  text: string;
  image?: string;
}

interface QuestionBase {
  name: string;
  title: string;
  description?: string;
  required: boolean;
  visibleIf?: Condition;
}

export type Question = QuestionBase &
  (
    | {
        type: "rating";
        min: number;
        max: number;
        minText?: string;
        maxText?: string;
        smileys: boolean;
        /** "Vet ej / Ej aktuellt" in the survey's language, where the rating offers it (answer "vet_ej"). */
        dontKnowText?: string;
      }
    | { type: "single"; choices: Choice[] }
    | { type: "multiple"; choices: Choice[]; pictures: boolean }
    | { type: "text"; maxLength?: number; rows: number }
  );

export interface Page {
  name: string;
  title?: string;
  description?: string;
  questions: Question[];
}

export interface SurveyModel {
  title?: string;
  description?: string;
  pages: Page[];
}

type Json = Record<string, unknown>;
const text = (v: unknown) => (typeof v === "string" ? v : undefined);

function choicesOf(element: Json): Choice[] {
  return ((element.choices as Json[] | undefined) ?? []).map((c) => ({
    value: String(c.value),
    text: text(c.text) ?? String(c.value),
    image: text(c.imageLink),
  }));
}

function questionOf(element: Json): Question {
  const base: QuestionBase = {
    name: String(element.name),
    title: text(element.title) ?? String(element.name),
    description: text(element.description),
    required: element.isRequired === true,
    visibleIf: typeof element.visibleIf === "string" ? compileCondition(element.visibleIf) : undefined,
  };
  switch (element.type) {
    case "rating":
      return {
        ...base,
        type: "rating",
        min: Number(element.rateMin ?? 1),
        max: Number(element.rateMax ?? 5),
        minText: text(element.minRateDescription),
        maxText: text(element.maxRateDescription),
        smileys: element.rateType === "smileys",
        dontKnowText: text(element.dontKnowText),
      };
    case "radiogroup":
      return { ...base, type: "single", choices: choicesOf(element) };
    case "checkbox":
      return { ...base, type: "multiple", choices: choicesOf(element), pictures: false };
    case "imagepicker":
      if (element.multiSelect !== true) break;
      return { ...base, type: "multiple", choices: choicesOf(element), pictures: true };
    case "comment":
      return {
        ...base,
        type: "text",
        maxLength: typeof element.maxLength === "number" ? element.maxLength : undefined,
        rows: Number(element.rows ?? 4),
      };
  }
  throw new Error(`question type "${String(element.type)}" is not shown without survey-core (${base.name})`);
}

/** Reads a survey definition; throws on a question type this renderer does not know, so tests catch it. */
export function readSurvey(definition: SurveyJson): SurveyModel {
  return {
    title: definition.title,
    description: definition.description,
    pages: definition.pages.map((page) => ({
      name: String(page.name),
      title: text(page.title),
      description: text(page.description),
      questions: ((page.elements as Json[] | undefined) ?? []).map(questionOf),
    })),
  };
}

/** As the server sees it: blank text and an empty selection are no answer. */
export const isAnswered = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  !(typeof value === "string" && value.trim() === "") &&
  !(Array.isArray(value) && value.length === 0);

export const isVisible = (question: Question, answers: Answers) => !question.visibleIf || question.visibleIf(answers);

/** The pages with at least one question the answers so far let through. */
export function visiblePages(survey: SurveyModel, answers: Answers): Page[] {
  return survey.pages
    .map((page) => ({ ...page, questions: page.questions.filter((q) => isVisible(q, answers)) }))
    .filter((page) => page.questions.length > 0);
}

/** The names of the page's required questions still unanswered. */
export const missingOn = (page: Page, answers: Answers): string[] =>
  page.questions.filter((q) => q.required && !isAnswered(answers[q.name])).map((q) => q.name);

/** What is sent: the answered, visible questions only, as survey-core sends (clearInvisibleValues). */
export function finalAnswers(survey: SurveyModel, answers: Answers): Answers {
  const shown = visiblePages(survey, answers).flatMap((page) => page.questions);
  return Object.fromEntries(
    shown.filter((q) => isAnswered(answers[q.name])).map((q) => [q.name, answers[q.name]] as const),
  );
}
