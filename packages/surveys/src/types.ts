import type { Locale, SurveyKind } from "./kinds.ts";

/** The collaboration factors of the spider, after the guideline's model (boxes 1–5, seed 003). */
export const spiderAxes = [
  "styrning",
  "samordning",
  "samlokalisering",
  "samtidighet",
  "vardegrund",
  "kunskap_uppdrag",
  "foraldraskapsstod",
  "slussning",
  "kompetensutveckling",
  "delaktighet",
  "informationsflode",
] as const;
export type SpiderAxis = (typeof spiderAxes)[number];

/** How a question's answer is shaped and therefore aggregated. */
export type QuestionKind =
  | {
      kind: "scale";
      min: number;
      max: number;
      /** Also "Vet ej / Ej aktuellt" (the value `dontKnowValue`): counted on its own, never in means or shares. */
      dontKnow?: boolean;
    }
  | { kind: "choice"; values: string[] }
  | { kind: "multi_choice"; values: string[] }
  | { kind: "number"; min: number; max: number; integer: boolean }
  | { kind: "boolean" }
  | { kind: "free_text"; maxLength: number }
  | { kind: "grid"; rows: string[]; columns: string[]; min: number; max: number; integer: boolean };

export interface QuestionCommon {
  key: string;
  /** The spider axis this rating feeds. */
  axis?: SpiderAxis;
  /** Free text may carry names: shown only under the free-text rules. */
  sensitive: boolean;
  /** The first instrument version that has this key. */
  since: string;
  required: boolean;
  visibleIf?: string;
}

export type QuestionMeta = QuestionKind & QuestionCommon;

/** A SurveyJS element or page as JSON; survey-core is the reference for its meaning. */
export type SurveyElementJson = { type?: string; name: string; elements?: SurveyElementJson[] } & Record<
  string,
  unknown
>;

export interface SurveyJson {
  title?: string;
  description?: string;
  locale?: string;
  pages: SurveyElementJson[];
  [key: string]: unknown;
}

export interface Instrument {
  kind: SurveyKind;
  year: number;
  /** "<year>.<n>": a year gets a new version of each survey; a correction within the year bumps n. */
  version: string;
  locales: readonly Locale[];
  /** The definition with its Swedish texts. */
  definition: SurveyJson;
  questions: Record<string, QuestionMeta>;
}

/** A translation of one instrument kind into one language, keyed by the stable question keys. */
export interface Translation {
  survey: { title: string; description?: string; completedHtml?: string };
  pages: Record<string, { title?: string; description?: string }>;
  questions: Record<
    string,
    {
      title: string;
      description?: string;
      minRateDescription?: string;
      maxRateDescription?: string;
      /** A rating's "Vet ej / Ej aktuellt" (from 2027). */
      dontKnowText?: string;
      choices?: Record<string, string>;
      placeholder?: string;
    }
  >;
}
