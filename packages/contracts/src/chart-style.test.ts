import { describe, expect, it } from "vitest";
import { niceTicks, seriesStyleOf } from "./chart-style.ts";

describe("chart axes and series styles", () => {
  it("gives ticks in round steps from 0 to at least the largest figure", () => {
    expect(niceTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(9)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(47)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(130)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(12)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(110)).toEqual([0, 25, 50, 75, 100, 125]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it("keeps an area's colour whatever its place among the series, and draws last year grey", () => {
    expect(seriesStyleOf({ scope: "region" }, 0)).toEqual(seriesStyleOf({ scope: "region" }, 2));
    expect(seriesStyleOf({ scope: "centre" }, 3).color).toBe("#1d4ed8");
    expect(seriesStyleOf({ scope: "centre", earlier: true }, 0).color).toBe("#6b7280");
    expect(seriesStyleOf(undefined, 1).color).not.toBe(seriesStyleOf(undefined, 0).color);
  });
});
