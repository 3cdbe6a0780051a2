import { walk } from "./localize.ts";
import type { Instrument, QuestionMeta, SpiderAxis, SurveyElementJson } from "./types.ts";

/** A question as results present it: its Swedish title and the labels of its answers, in survey order. */
export interface QuestionDescription {
  key: string;
  title: string;
  kind: QuestionMeta["kind"];
  /** Every answer a count can have, with its label; for a scale every step, labelled at the ends. */
  options: { value: string; label: string }[];
  min?: number;
  max?: number;
  axis?: SpiderAxis;
  sensitive: boolean;
}

interface ChoiceJson {
  value: string;
  text: string;
}

function optionsOf(meta: QuestionMeta, element: SurveyElementJson): QuestionDescription["options"] {
  switch (meta.kind) {
    case "scale": {
      const steps: QuestionDescription["options"] = [];
      for (let v = meta.min; v <= meta.max; v++) {
        const end = v === meta.min ? element.minRateDescription : v === meta.max ? element.maxRateDescription : "";
        steps.push({ value: String(v), label: typeof end === "string" && end ? `${v} – ${end}` : String(v) });
      }
      return steps;
    }
    case "boolean":
      return [
        { value: "true", label: String(element.labelTrue ?? "Ja") },
        { value: "false", label: String(element.labelFalse ?? "Nej") },
      ];
    case "choice":
    case "multi_choice":
      return ((element.choices ?? []) as ChoiceJson[]).map((c) => ({ value: c.value, label: c.text }));
    default:
      return [];
  }
}

/** The instrument's questions in the order the survey asks them, with Swedish titles and answer labels. */
export function describeQuestions(instrument: Instrument): QuestionDescription[] {
  const described: QuestionDescription[] = [];
  for (const page of instrument.definition.pages) {
    for (const element of walk(page.elements ?? [])) {
      const meta = instrument.questions[element.name];
      if (!meta) continue;
      described.push({
        key: meta.key,
        title: typeof element.title === "string" ? element.title : meta.key,
        kind: meta.kind,
        options: optionsOf(meta, element),
        ...(meta.kind === "scale" ? { min: meta.min, max: meta.max } : {}),
        ...(meta.axis ? { axis: meta.axis } : {}),
        sensitive: meta.sensitive,
      });
    }
  }
  return described;
}
