import { spokenLanguageOf } from "@fcs/surveys/kinds";
import { useEffect, useState } from "react";
import type { Question } from "./survey-model.ts";

/**
 * Reading a question aloud, for a child who cannot read yet or an adult who reads little: only
 * in a voice of the survey's own language, which the device must have. Without one there is no
 * button, rather than a question read in a wrong language.
 */
export function useVoice(locale: string): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice>();
  useEffect(() => {
    if (!("speechSynthesis" in window)) return;
    const synth = window.speechSynthesis;
    // The voice list often arrives a moment after the page: look again when it changes.
    const language = spokenLanguageOf(locale);
    const pick = () => setVoice(synth.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === language));
    pick();
    synth.addEventListener("voiceschanged", pick);
    return () => {
      synth.removeEventListener("voiceschanged", pick);
      synth.cancel();
    };
  }, [locale]);
  return voice;
}

/** What is read: the question, then its options as the screen names them. */
export function spokenText(question: Question): string {
  const parts = [question.title];
  if (question.type === "rating") {
    if (question.smileys) parts.push(...[question.minText, question.maxText].filter((t): t is string => !!t));
    else parts.push(`${question.min}: ${question.minText ?? ""}`, `${question.max}: ${question.maxText ?? ""}`);
  } else if (question.type !== "text") parts.push(...question.choices.map((c) => c.text));
  return parts.join(". ");
}

export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}
