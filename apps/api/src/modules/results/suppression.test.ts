import { describe, expect, it } from "vitest";
import { type SuppressionLine, suppressSmallCells } from "./suppression.ts";

const hiddenOf = (counts: Record<string, number>, lines: SuppressionLine[], threshold = 5) =>
  [...suppressSmallCells(new Map(Object.entries(counts)), lines, threshold)].sort();

describe("small-cell suppression", () => {
  it("shows every cell of five or more answers when nothing small is near", () => {
    expect(hiddenOf({ m: 30, a: 10, b: 20 }, [{ parent: "m", children: ["a", "b"] }])).toEqual([]);
  });

  it("hides a cell of four answers, and the smallest sibling so the total cannot give it away", () => {
    expect(hiddenOf({ m: 40, a: 4, b: 6, c: 30 }, [{ parent: "m", children: ["a", "b", "c"] }])).toEqual(["a", "b"]);
  });

  it("hides a third sibling when the two hidden ones together are still fewer than the threshold", () => {
    expect(hiddenOf({ m: 28, a: 1, b: 2, c: 7, d: 18 }, [{ parent: "m", children: ["a", "b", "c", "d"] }])).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("hides the parent too when its only child is too small", () => {
    expect(hiddenOf({ m: 3, a: 3 }, [{ parent: "m", children: ["a"] }])).toEqual(["a", "m"]);
  });

  it("hides a child of a hidden parent, so the children cannot add up to it", () => {
    // The region hides municipality m1 (complementary); m1's centres would otherwise sum to it.
    const lines = [
      { parent: "r", children: ["m1", "m2"] },
      { parent: "m1", children: ["c1", "c2"] },
    ];
    expect(hiddenOf({ r: 20, m1: 16, m2: 4, c1: 8, c2: 8 }, lines)).toEqual(["c1", "m1", "m2"]);
  });

  it("carries a hidden profession across both its lines: within the scope and up the hierarchy", () => {
    const lines = [
      { parent: "r", children: ["r|bm", "r|ssk"] },
      { parent: "m1", children: ["m1|bm", "m1|ssk"] },
      { parent: "m2", children: ["m2|bm", "m2|ssk"] },
      { parent: "r|bm", children: ["m1|bm", "m2|bm"] },
      { parent: "r|ssk", children: ["m1|ssk", "m2|ssk"] },
    ];
    const counts = {
      r: 40,
      m1: 20,
      m2: 20,
      "r|bm": 10,
      "r|ssk": 30,
      "m1|bm": 2,
      "m1|ssk": 18,
      "m2|bm": 8,
      "m2|ssk": 12,
    };
    const hidden = hiddenOf(counts, lines);
    expect(hidden).toContain("m1|bm");
    // Whatever else is hidden, no line leaves exactly one hidden cell under a shown parent.
    for (const line of lines) {
      if (hidden.includes(line.parent)) continue;
      expect(line.children.filter((c) => hidden.includes(c)).length).not.toBe(1);
    }
  });

  it("ignores empty cells: no answers is nobody", () => {
    expect(hiddenOf({ m: 20, a: 0, b: 20 }, [{ parent: "m", children: ["a", "b"] }])).toEqual([]);
  });

  it("refuses a threshold below three", () => {
    expect(() => hiddenOf({ a: 1 }, [], 2)).toThrow(/below 3/);
  });
});
