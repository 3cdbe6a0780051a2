/**
 * How imported answers are counted: channel "import", and a language that is not known, coded
 * "und" (BCP 47's undetermined): never shown as a language, but part of the language split's
 * line, so a hidden language cannot be worked out as the total minus the others.
 */
export const importedOrigin = { channel: "import", locale: "und" } as const;
