/** Answers as stored: question key → normalised value. */
export type Answers = Record<string, AnswerValue>;
export type AnswerValue = number | string | boolean | string[] | Record<string, Record<string, number>>;

/** One problem with one question, in Swedish, for the person or client that sent it. */
export interface ValidationIssue {
  question: string;
  message: string;
}

export type ValidationResult = { ok: true; answers: Answers } | { ok: false; issues: ValidationIssue[] };
