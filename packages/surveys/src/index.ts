export { axisScores, axisStatements } from "./axes.ts";
export { describeQuestions, type QuestionDescription } from "./catalogue.ts";
export { exampleAnswers } from "./examples.ts";
export * from "./guidelines/index.ts";
export { axisTitles } from "./instruments/spindel/questions.ts";
export * from "./kinds.ts";
export { localizeDefinition, MissingTranslationError } from "./localize.ts";
export { findInstrument, instruments, instrumentUsedIn, rewordedYears, yearsOf } from "./registry.ts";
export {
  answeredValue,
  answerSplitsOf,
  type CountCell,
  channelNames,
  countCells,
  isMeanOnlyValue,
  meanOnlyValue,
  type ResponseOrigin,
  type ResponseSplit,
  respondentCell,
  responseBreakdown,
  responseSplitGroups,
  responseSplits,
  splitDimensionOf,
  splitGroupsOf,
  splitQuestionOf,
  unstatedSplit,
} from "./rollup.ts";
export type { Instrument, QuestionMeta, SpiderAxis, SurveyJson, Translation } from "./types.ts";
export { spiderAxes } from "./types.ts";
export { type InterfaceTexts, interfaceTexts } from "./ui-locales/interface-texts.ts";
export type { Answers, AnswerValue, ValidationIssue, ValidationResult } from "./validation/types.ts";
export type { AnswerValidator } from "./validation/validator.ts";
export { compileDraftValidator, compileValidator, draftValidatorFor, validatorFor } from "./validation/validator.ts";
export { hasUnstorableCharacters } from "./validation/values.ts";
