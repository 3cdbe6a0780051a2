import { describe, expect, it } from "vitest";
import { stateOf } from "./period-state.ts";

describe("where a collection period stands", () => {
  const period = { opens: "2026-09-01", closes: "2026-12-15" };
  it("is running from its first to its last day, both included", () => {
    expect(stateOf(period, "2026-08-31")).toBe("upcoming");
    expect(stateOf(period, "2026-09-01")).toBe("running");
    expect(stateOf(period, "2026-12-15")).toBe("running");
    expect(stateOf(period, "2026-12-16")).toBe("closed");
    expect(stateOf({ opens: null, closes: null }, "2026-10-01")).toBeUndefined();
  });
});
