import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy.ts";

describe("the password rule", () => {
  it.each([
    ["twelve spaces", " ".repeat(12)],
    ["a short word padded with spaces", "   kort     "],
    ["a common password made long", "password1234"],
    ["a keyboard walk", "qwertyuiop123"],
    ["the field's own words", "familjecentralen2026"],
    ["the person's name and year", "annaandersson2026"],
  ])("refuses %s", (_, password) => {
    expect(passwordProblem(password, ["anna.andersson@region.se", "Anna Andersson"])).toBeDefined();
  });

  it.each([
    ["a passphrase of unrelated words", "blåbär cykel trappa moln"],
    ["a long random string", "k3#Vq9!zLp2@xR"],
  ])("accepts %s", (_, password) => {
    expect(passwordProblem(password, ["anna.andersson@region.se", "Anna Andersson"])).toBeUndefined();
  });
});
