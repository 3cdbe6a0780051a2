import { describe, expect, it } from "vitest";
import { type FollowUpAction, type FollowUpState, transition } from "./status.ts";

const allowed: Record<FollowUpState, Partial<Record<FollowUpAction, string>>> = {
  not_started: { save: "draft" },
  draft: { save: "draft", submit: "submitted" },
  submitted: { return: "returned", approve: "approved" },
  returned: { save: "draft" },
  approved: {},
};

describe("the follow-up's status machine", () => {
  const cases = (Object.keys(allowed) as FollowUpState[]).flatMap((from) =>
    (["save", "submit", "return", "approve"] as const).map((action) => [from, action, allowed[from][action]] as const),
  );
  it.each(cases)("from %s, %s → %s", (from, action, to) => {
    const result = transition(from, action);
    if (to) expect(result).toEqual({ to });
    else expect(result).toHaveProperty("refusal");
  });
});
