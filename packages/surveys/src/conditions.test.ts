import fc from "fast-check";
import { ConditionRunner } from "survey-core";
import { describe, expect, it } from "vitest";
import { compileCondition } from "./conditions.ts";
import { walk } from "./localize.ts";
import { instruments } from "./registry.ts";

const values = fc.record(
  {
    a: fc.constantFrom("x", "y", "X", "1", 1, 2, "", ["x"], ["x", "y"], [], null),
    b: fc.constantFrom("x", "y", "2", 2, ["y"], ["x", "y"], undefined),
  },
  { requiredKeys: [] },
);
const literal = fc.constantFrom("'x'", "'y'", "'X'", "1", "2", "'1'", "['x', 'y']", "['y']");
const variable = fc.constantFrom("{a}", "{b}");
const comparison = fc.oneof(
  fc
    .tuple(variable, fc.constantFrom("=", "!=", "<>", "contains", "notcontains", "anyof", "allof"), literal)
    .map((p) => p.join(" ")),
  fc.tuple(variable, fc.constantFrom("empty", "notempty")).map((p) => p.join(" ")),
);
const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    comparison,
    fc.tuple(tie("expr"), fc.constantFrom("and", "or"), tie("expr")).map(([l, op, r]) => `(${l}) ${op} (${r})`),
    tie("expr").map((e) => `!(${e})`),
  ),
})).expr;

describe("condition expressions without survey-core", () => {
  it("agree with survey-core's evaluation on generated expressions and answers", () => {
    fc.assert(
      fc.property(expression, values, (source, answers) => {
        const expected = new ConditionRunner(source).runValues({ ...answers });
        expect(compileCondition(source)(answers), `${source} on ${JSON.stringify(answers)}`).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("compile every condition of every shipped instrument", () => {
    const conditions = instruments.flatMap((i) =>
      [...walk(i.definition.pages.flatMap((p) => p.elements ?? []))].flatMap((e) =>
        typeof e.visibleIf === "string" ? [e.visibleIf] : [],
      ),
    );
    expect(conditions.length).toBeGreaterThan(0);
    for (const condition of conditions) expect(() => compileCondition(condition)).not.toThrow();
  });

  it("refuses what it does not understand instead of guessing", () => {
    expect(() => compileCondition("{a} > 3")).toThrow(/unsupported condition/);
    expect(() => compileCondition("age({birth}) = 3")).toThrow(/unsupported condition/);
    expect(() => compileCondition("{a} = ")).toThrow(/unsupported condition/);
  });
});
