export * from "./kinds.ts";
export { localizeDefinition, MissingTranslationError } from "./localize.ts";
export { findInstrument, instruments, yearsOf } from "./registry.ts";
export type { Instrument, QuestionMeta, SpiderAxis, SurveyJson, Translation } from "./types.ts";
export { spiderAxes } from "./types.ts";
