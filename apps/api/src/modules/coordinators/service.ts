import { may } from "@fcs/contracts";
import { hashCollectionToken, newCollectionToken } from "@fcs/db";
import type { Clock } from "../../clock.ts";
import { AppError, notFound } from "../../errors.ts";
import type { SecurityLog } from "../audit/security-log.ts";
import { normaliseEmail } from "../auth/email.ts";
import { hashPassword } from "../auth/password.ts";
import { passwordProblem } from "../auth/password-policy.ts";
import type { CentreRepository } from "../centres/repository.ts";
import type { Actor } from "../followups/service.ts";
import { type LinkMailer, linkPath } from "../mail/link-mail.ts";
import type { CoordinatorRepository } from "./repository.ts";

/** A week: long enough for someone back from a few days off, short enough that a forwarded mail goes stale. */
const inviteLifetimeMs = 7 * 24 * 60 * 60 * 1000;

const invalidInvite = () =>
  new AppError(
    404,
    "invalid_invite",
    "Inbjudan är ogiltig, redan använd eller har gått ut. Be länssamordnaren om en ny länk.",
  );

export function createCoordinatorService(
  repository: CoordinatorRepository,
  centres: CentreRepository,
  clock: Clock,
  security: SecurityLog,
  mailLink: LinkMailer = async () => false,
) {
  async function author(actor: Actor, centreId: string) {
    const centre = await centres.requireInScope(actor.scope, centreId);
    return { actorId: actor.userId, regionCode: centre.region.code, centreId };
  }

  function newInvite() {
    const token = newCollectionToken();
    const expiresAt = new Date(clock().getTime() + inviteLifetimeMs);
    return { path: linkPath("invite", token), expiresAt, stored: { tokenHash: hashCollectionToken(token), expiresAt } };
  }

  /** The invitation is mailed where a mail server is configured; otherwise whoever invited passes the link on. */
  async function handOut(
    userId: string,
    person: { email: string; displayName: string },
    link: ReturnType<typeof newInvite>,
  ) {
    const mailed = await mailLink("invite", person, link);
    return { userId, mailed, invite: mailed ? null : { path: link.path, expiresAt: link.expiresAt.toISOString() } };
  }

  return {
    async list(actor: Actor, centreId: string) {
      await author(actor, centreId);
      const rows = await repository.listForCentre(centreId);
      return {
        coordinators: rows.map((row) => ({
          ...row,
          invitedUntil: row.active || !row.invitedUntil ? null : row.invitedUntil.toISOString(),
        })),
      };
    },

    /**
     * Attaches a coordinator to the centre: someone who already coordinates
     * another centre gets this one too; anyone else is invited with a one-time link.
     */
    async invite(actor: Actor, centreId: string, input: { email: string; displayName: string }) {
      const by = await author(actor, centreId);
      const email = normaliseEmail(input.email);
      const existing = await repository.findUserByEmail(email);
      if (existing) {
        if (existing.role !== "local_coordinator") {
          throw new AppError(409, "email_in_use", "E-postadressen används redan av en användare med en annan roll.", [
            { field: "body.email", message: "används redan" },
          ]);
        }
        if (await repository.isAttached(existing.id, centreId)) {
          throw new AppError(409, "already_coordinator", "Personen är redan samordnare för familjecentralen.");
        }
        // A local coordinator's centres lie in one region: another region cannot take over their account.
        const theirRegions = [...new Set((await repository.centresOf(existing.id)).map((c) => c.regionCode))];
        if (!may(actor.role, "coordinators.acrossRegions") && theirRegions.some((region) => region !== by.regionCode)) {
          throw new AppError(
            409,
            "coordinator_in_other_region",
            "Personen är samordnare i en annan region. Bara en administratör kan ge personen en familjecentral här.",
            [{ field: "body.email", message: "tillhör en annan region" }],
          );
        }
        await repository.attach(existing.id, email, by, theirRegions);
        return { userId: existing.id, mailed: false, invite: null };
      }
      const link = newInvite();
      const person = { email, displayName: input.displayName.trim() };
      return handOut(await repository.inviteNew(person, link.stored, by), person, link);
    },

    async reinvite(actor: Actor, centreId: string, userId: string) {
      const by = await author(actor, centreId);
      const row = (await repository.listForCentre(centreId)).find((c) => c.id === userId);
      if (!row) throw notFound("Personen är inte samordnare för familjecentralen.");
      if (row.active) throw new AppError(409, "already_active", "Personen har redan satt sitt lösenord.");
      if (row.deactivated)
        throw new AppError(409, "deactivated", "Kontot är inaktiverat. Det aktiveras under Användare.");
      // Whoever sets the password gets every centre of the account: only someone who has all of them may.
      const theirs = await repository.centresOf(userId);
      for (const { centreId: theirCentre } of theirs)
        if (!(await centres.findInScope(actor.scope, theirCentre)))
          throw new AppError(
            403,
            "forbidden",
            "Personen är samordnare också för familjecentraler utanför din behörighet. Be en administratör om en ny länk.",
          );
      const link = newInvite();
      await repository.reinvite(userId, link.stored, by, [...new Set(theirs.map((c) => c.regionCode))]);
      return handOut(userId, row, link);
    },

    async detach(actor: Actor, centreId: string, userId: string) {
      const by = await author(actor, centreId);
      if (!(await repository.detach(userId, by))) throw notFound("Personen är inte samordnare för familjecentralen.");
    },

    async lookupInvite(token: string) {
      const invite = await repository.findOpenInvite(hashCollectionToken(token), clock());
      if (!invite) throw invalidInvite();
      return { email: invite.email, displayName: invite.displayName };
    },

    async acceptInvite(token: string, password: string) {
      const invite = await repository.findOpenInvite(hashCollectionToken(token), clock());
      if (!invite) throw invalidInvite();
      const problem = passwordProblem(password, [invite.email, invite.displayName]);
      if (problem)
        throw new AppError(400, "weak_password", `Lösenordet ${problem}.`, [
          { field: "body.password", message: problem },
        ]);
      const accepted = await repository.accept(invite.id, invite.userId, await hashPassword(password), clock());
      if (!accepted) throw invalidInvite();
      await security.record({
        action: "coordinator.invite_accepted",
        actorId: invite.userId,
        subjectUserId: invite.userId,
      });
      return { email: invite.email };
    },
  };
}
