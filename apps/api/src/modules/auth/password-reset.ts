import { hashCollectionToken, newCollectionToken } from "@fcs/db";
import type { Clock } from "../../clock.ts";
import type { AccountRepository } from "../accounts/repository.ts";
import type { SecurityLog } from "../audit/security-log.ts";
import { type LinkMailer, linkPath } from "../mail/link-mail.ts";
import { normaliseEmail } from "./email.ts";

/** A reset link lives an hour: it is asked for by the person who needs it now. */
const resetLifetimeMs = 60 * 60 * 1000;
/** At most one mail per account in this time, however often the form is sent. */
const quietMs = 15 * 60 * 1000;

/**
 * "Glömt lösenordet?": a one-time link by e-mail. The answer is the same,
 * and as fast, whether the address has an account or not; the work is done
 * after answering. Without a mail server the page tells whom to ask instead.
 */
export function createPasswordResetService(deps: {
  accounts: AccountRepository;
  mailLink: LinkMailer | undefined;
  security: SecurityLog;
  clock: Clock;
  onError(error: unknown): void;
}) {
  async function sendLink(email: string) {
    const account = await deps.accounts.findForLink(email);
    const now = deps.clock();
    if (
      !account ||
      !deps.mailLink ||
      (await deps.accounts.linkMadeSince(account.id, new Date(now.getTime() - quietMs)))
    )
      return;
    // Someone invited who never chose a password gets their invitation again; everyone else a reset.
    const kind = account.hasPassword ? "reset" : "invite";
    const token = newCollectionToken();
    const expiresAt = new Date(now.getTime() + (kind === "reset" ? resetLifetimeMs : 7 * 24 * 60 * 60 * 1000));
    await deps.accounts.newPasswordLink(account.id, { tokenHash: hashCollectionToken(token), expiresAt });
    await deps.mailLink(kind, account, { path: linkPath(kind, token), expiresAt });
    await deps.security.record({ action: "auth.reset_link_mailed", actorId: null, subjectUserId: account.id });
  }

  return {
    request(email: string): { mailConfigured: boolean } {
      if (deps.mailLink) void sendLink(normaliseEmail(email)).catch(deps.onError);
      return { mailConfigured: deps.mailLink !== undefined };
    },
  };
}

export type PasswordResetService = ReturnType<typeof createPasswordResetService>;
