import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/** What a password must reach on zxcvbn's scale of 0–4: 3 is "safely unguessable" for an online attack. */
const minimumScore = 3;

zxcvbnOptions.setOptions({ dictionary, graphs: adjacencyGraphs });

/** Words of this product and field that make a guessable password here, whatever their length. */
const fieldWords = ["familjecentral", "familjecentralen", "samordnare", "region", "kommun", "lösenord", "sverige"];

/**
 * The password rule, with a maintained library rather than a hand-made list:
 * at least 12 characters that are not only spaces, and no password that
 * zxcvbn's common-password and keyboard-pattern dictionaries (plus the
 * person's own name and e-mail) can guess. Returns what to say, or nothing.
 */
export function passwordProblem(password: string, personal: string[] = []): string | undefined {
  if (password.trim().length < 12) return "ska vara minst 12 tecken (mellanslag före och efter räknas inte)";
  // Each part of the name and e-mail, and each run together ("annaandersson").
  const own = personal.flatMap((p) => {
    const lower = p.toLowerCase();
    return [...lower.split(/[\s@.]+/), (lower.split("@")[0] ?? "").replace(/[^\p{L}\p{N}]/gu, "")];
  });
  const inputs = [...fieldWords, ...own.filter((w) => w.length > 2)];
  if (zxcvbn(password, inputs).score < minimumScore)
    return "är för lätt att gissa: använd en längre fras av ord som inte hör ihop";
  return undefined;
}
