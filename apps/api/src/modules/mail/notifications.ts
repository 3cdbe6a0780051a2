import type { FastifyBaseLogger } from "fastify";
import type { Mailer } from "./mailer.ts";
import type { RecipientRepository } from "./recipients.ts";
import { followUpApprovedMail, followUpReturnedMail, followUpSubmittedMail } from "./templates.ts";

export interface FollowUpEvent {
  step: "save" | "submit" | "return" | "approve";
  centre: { id: string; name: string; regionCode: string };
  year: number;
  comment: string | null;
}

/** Tells whoever acts next: a submission to the county coordinators, a return or approval to the centre's coordinators. */
export type FollowUpNotifier = (event: FollowUpEvent) => void;

/**
 * Sends after the step is committed and without holding up the answer; a
 * mail that cannot be sent is logged (never with its text) and the step
 * stands, as the follow-up page shows its state to everyone concerned anyway.
 */
export function createFollowUpNotifier(
  mailer: Mailer | undefined,
  recipients: RecipientRepository,
  log: FastifyBaseLogger,
): FollowUpNotifier {
  if (!mailer) return () => {};
  const out = mailer;
  async function send({ step, centre, year, comment }: FollowUpEvent) {
    const url = out.url(`/familjecentraler/${centre.id}/uppfoljning/${year}`);
    if (step === "submit") {
      const to = await recipients.countyCoordinators(centre.regionCode);
      await out.send(
        to.map((r) => r.email),
        followUpSubmittedMail(centre.name, year, url),
      );
    } else if (step === "return" || step === "approve") {
      const to = await recipients.localCoordinators(centre.id);
      await out.send(
        to.map((r) => r.email),
        step === "return"
          ? followUpReturnedMail(centre.name, year, comment, url)
          : followUpApprovedMail(centre.name, year, url),
      );
    }
  }
  return (event) => {
    if (event.step === "save") return;
    void send(event).catch((error) =>
      log.warn({ err: error, mail: `follow_up.${event.step}` }, "a follow-up notification could not be sent"),
    );
  };
}
