import type { Answers, Instrument, QuestionMeta } from "@fcs/surveys";
import { validatorFor } from "@fcs/surveys";

/** A small deterministic generator (mulberry32), so demo and benchmark data are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How a centre differs from the average: -1 (struggling) … 1 (thriving), and how many years into the demo. */
export interface AnswerProfile {
  level: number;
  yearsIn: number;
}

/**
 * Where each statement sits relative to the others, in steps on a 1–5 scale
 * (scaled for other scales): a welcome is easier to give than influence, and
 * staff find co-location easier than joint steering — the shape the guideline's
 * follow-ups describe, so the demo dashboards show believable strengths and weaknesses.
 */
const offsets: Record<string, number> = {
  valkommen: 0.45,
  bemotande: 0.45,
  helhet: 0.3,
  betydelse: 0.2,
  nya_kontakter: -0.45,
  inflytande: -0.6,
  barns_rattigheter: -0.75,
  samlokalisering: 0.5,
  vardegrund: 0.2,
  styrning: -0.45,
  samtidighet: -0.2,
  slussning: -0.35,
  informationsflode: -0.3,
  delaktighet: -0.5,
};

const choiceWeights: Record<string, Record<string, number>> = {
  profession: { barnmorska: 0.14, bhv_sjukskoterska: 0.3, forskollarare: 0.3, socialtjanst: 0.16, annan: 0.1 },
};

const freeTexts: Record<string, string[]> = {
  bast: [
    "Personalen tar sig alltid tid och är vänlig.",
    "Att man kan träffa andra föräldrar.",
    "Allt finns på samma ställe, man behöver inte springa runt.",
    "Sångstunderna i öppna förskolan.",
    "Man får råd utan att känna sig dömd.",
    "Barnen trivs och det finns mycket att göra.",
  ],
  battre: [
    "Längre öppettider på eftermiddagarna.",
    "Fler grupper för pappor.",
    "Mer information på andra språk.",
    "Fler aktiviteter för barn över tre år.",
    "Det är svårt att få en tid hos barnmorskan.",
  ],
  andra: ["Fler bilar", "Större sandlåda", "Fler böcker", "Mer lera ute", "Inget, det är bra"],
  kommentar: [
    "Vi behöver mer gemensam planeringstid.",
    "Samverkan med socialtjänsten har blivit bättre i år.",
    "Svårt att hinna med husmötena.",
    "Bra stämning i huset.",
  ],
};

function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function pickWeighted(random: () => number, values: string[], weights?: Record<string, number>): string {
  const w = values.map((v, i) => weights?.[v] ?? 1 / (i + 1.5));
  let r = random() * w.reduce((a, b) => a + b, 0);
  for (let i = 0; i < values.length; i++) {
    r -= w[i] as number;
    if (r <= 0) return values[i] as string;
  }
  return values[values.length - 1] as string;
}

function scaleAnswer(meta: QuestionMeta & { kind: "scale" }, profile: AnswerProfile, random: () => number): number {
  const range = meta.max - meta.min;
  const step = range / 4;
  // A visible trend: a little better each year; centres spread by their level.
  const centre = 0.66 + 0.1 * profile.level + 0.025 * profile.yearsIn;
  const mean = meta.min + range * centre + (offsets[meta.key] ?? 0) * step;
  const value = Math.round(mean + normal(random) * step * 0.95);
  return Math.min(meta.max, Math.max(meta.min, value));
}

function answerFor(meta: QuestionMeta, profile: AnswerProfile, random: () => number) {
  switch (meta.kind) {
    case "scale":
      return scaleAnswer(meta, profile, random);
    case "choice":
      return pickWeighted(random, meta.values, choiceWeights[meta.key]);
    case "multi_choice": {
      const chosen = meta.values.filter((_, i) => random() < 0.55 / (1 + i * 0.25));
      return chosen.length > 0 ? chosen : [pickWeighted(random, meta.values)];
    }
    case "boolean":
      return random() < 0.8;
    case "free_text": {
      const pool = freeTexts[meta.key];
      return pool && random() < 0.3 ? pickWeighted(random, pool) : undefined;
    }
    default:
      return undefined;
  }
}

/** One plausible, valid set of answers to a visitor or staff survey; optional questions are sometimes skipped. */
export function demoAnswers(instrument: Instrument, profile: AnswerProfile, random: () => number): Answers {
  const raw: Record<string, unknown> = {};
  for (const meta of Object.values(instrument.questions)) {
    if (!meta.required && meta.kind !== "free_text" && random() < 0.1) continue;
    const value = answerFor(meta, profile, random);
    if (value !== undefined) raw[meta.key] = value;
  }
  const checked = validatorFor(instrument)(raw);
  if (!checked.ok) throw new Error(`demo answers invalid: ${JSON.stringify(checked.issues)}`);
  return checked.answers;
}
