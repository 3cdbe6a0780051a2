import type { SurveyKind } from "../kinds.ts";
import type { Translation } from "../types.ts";
import { translations as besokBarn } from "./besok_barn/index.ts";
import { translations as besokVuxen } from "./besok_vuxen/index.ts";

/** Translations per survey kind and language; Swedish lives in the definitions themselves. */
export const translationsByKind: Partial<Record<SurveyKind, Record<string, Translation>>> = {
  besok_vuxen: besokVuxen,
  besok_barn: besokBarn,
};
