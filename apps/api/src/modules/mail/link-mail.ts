import type { FastifyBaseLogger } from "fastify";
import type { Mailer } from "./mailer.ts";
import { invitationMail, passwordResetMail } from "./templates.ts";

/** An invitation sets a new account's first password; a reset replaces the password of one who has it. */
export type LinkKind = "invite" | "reset";

/** The page a one-time link opens; the token is in the fragment, so it never reaches an access log. */
export const linkPath = (kind: LinkKind, token: string) =>
  `${kind === "invite" ? "/inbjudan" : "/nytt-losenord"}#${token}`;

/** Sends a one-time link by e-mail where a mail server is configured; returns whether it was sent. */
export type LinkMailer = (
  kind: LinkKind,
  to: { email: string; displayName: string },
  link: { path: string; expiresAt: Date },
) => Promise<boolean>;

/**
 * Without a mail server nothing is sent and the caller shows the link. A send
 * that fails is logged (without the link) and also ends with the link shown,
 * so an invitation is never lost in a mail server's outage.
 */
export function createLinkMailer(mailer: Mailer | undefined, log: FastifyBaseLogger): LinkMailer {
  if (!mailer) return async () => false;
  return async (kind, to, link) => {
    const url = mailer.url(link.path);
    const content =
      kind === "invite"
        ? invitationMail(to.displayName, to.email, url, link.expiresAt)
        : passwordResetMail(to.displayName, url, link.expiresAt);
    try {
      await mailer.send(to.email, content);
      return true;
    } catch (error) {
      log.warn({ err: error, mail: kind }, "e-mail could not be sent; the link is shown to whoever asked for it");
      return false;
    }
  };
}
