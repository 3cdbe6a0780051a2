import { hasUnstorableCharacters } from "@fcs/surveys";
import type { ErrorDetail } from "../errors.ts";

/** How deep a request's JSON may nest: every body of this API is a few levels deep. */
export const maxDepth = 32;

/**
 * The one rule for every text that comes in: no U+0000 and no ill-formed
 * UTF-16, in values and in keys, and no nesting past `maxDepth`. Returns each
 * offending field with a Swedish sentence; empty when all is well.
 */
export function textProblems(value: unknown, field: string, depth = 0): ErrorDetail[] {
  if (typeof value === "string")
    return hasUnstorableCharacters(value)
      ? [{ field, message: "innehåller ett tecken som inte kan sparas (U+0000 eller ett ofullständigt tecken)" }]
      : [];
  if (value === null || typeof value !== "object") return [];
  if (depth >= maxDepth) return [{ field, message: `är nästlat för djupt (högst ${maxDepth} nivåer)` }];
  const problems: ErrorDetail[] = [];
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, item] of entries) {
    const path = `${field}.${key}`;
    if (typeof key === "string" && hasUnstorableCharacters(key))
      problems.push({ field: path, message: "har ett namn med ett tecken som inte kan sparas" });
    problems.push(...textProblems(item, path, depth + 1));
    if (problems.length >= 20) break;
  }
  return problems;
}
