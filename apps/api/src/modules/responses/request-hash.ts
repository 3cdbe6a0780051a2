import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level, so equal content gives equal text whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Identifies a submission's content: a retry hashes equal, a different submission with the same id does not. */
export function requestHash(content: unknown): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}
