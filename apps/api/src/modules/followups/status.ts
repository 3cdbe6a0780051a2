import type { FollowUpStatus } from "@fcs/db";

/** A follow-up with no row yet has not been started. */
export type FollowUpState = "not_started" | FollowUpStatus;
export type FollowUpAction = "save" | "submit" | "return" | "approve";

/**
 * not_started → draft → submitted → (returned → draft) → approved. Saving a
 * returned follow-up makes it a draft again; an approved one is locked.
 */
const rules: Record<FollowUpAction, { from: FollowUpState[]; to: FollowUpStatus; refusal: string }> = {
  save: {
    from: ["not_started", "draft", "returned"],
    to: "draft",
    refusal: "Kvalitetsuppföljningen kan inte ändras när den är inskickad eller godkänd.",
  },
  submit: { from: ["draft"], to: "submitted", refusal: "Bara ett utkast kan skickas in." },
  return: {
    from: ["submitted"],
    to: "returned",
    refusal: "Bara en inskickad kvalitetsuppföljning kan lämnas tillbaka.",
  },
  approve: { from: ["submitted"], to: "approved", refusal: "Bara en inskickad kvalitetsuppföljning kan godkännas." },
};

export function transition(from: FollowUpState, action: FollowUpAction): { to: FollowUpStatus } | { refusal: string } {
  const rule = rules[action];
  return rule.from.includes(from) ? { to: rule.to } : { refusal: rule.refusal };
}
