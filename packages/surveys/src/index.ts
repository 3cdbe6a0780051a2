export { exampleAnswers } from "./examples.ts";
export * from "./kinds.ts";
export { localizeDefinition, MissingTranslationError } from "./localize.ts";
export { findInstrument, instruments, yearsOf } from "./registry.ts";
export type { Instrument, QuestionMeta, SpiderAxis, SurveyJson, Translation } from "./types.ts";
export { spiderAxes } from "./types.ts";
export type { Answers, AnswerValue, ValidationIssue, ValidationResult } from "./validation/types.ts";
export type { AnswerValidator } from "./validation/validator.ts";
export { compileValidator, validatorFor } from "./validation/validator.ts";
