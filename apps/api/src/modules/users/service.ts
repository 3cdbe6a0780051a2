import { may } from "@fcs/contracts";
import { hashCollectionToken, newCollectionToken, type UserRole } from "@fcs/db";
import type { Clock } from "../../clock.ts";
import { AppError, forbidden, notFound } from "../../errors.ts";
import type { AccountRepository } from "../accounts/repository.ts";
import type { SecurityLog } from "../audit/security-log.ts";
import { normaliseEmail } from "../auth/email.ts";
import type { Actor } from "../followups/service.ts";
import { type LinkKind, type LinkMailer, linkPath } from "../mail/link-mail.ts";
import type { ScopeChange, UserRepository, UserRow } from "./repository.ts";

/** A week, as for every one-time link: long enough for a few days off, short enough that a forwarded mail goes stale. */
const linkLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/** Who may create whom: an administrator anyone but local coordinators (given on a centre's page), a county coordinator readers. */
const creatable: Record<UserRole, readonly UserRole[]> = {
  admin: ["admin", "county_coordinator", "reader"],
  county_coordinator: ["reader"],
  local_coordinator: [],
  reader: [],
};

/** Whom a county coordinator administers, as long as every place of their scope lies in the coordinator's region. */
const administeredByCounty: readonly UserRole[] = ["reader", "local_coordinator"];

export interface NewUserInput {
  email: string;
  displayName: string;
  role: UserRole;
  regionCode?: string;
  municipalityCode?: string;
}

export type ScopeInput = { regionCode?: string; municipalityCode?: string; centreIds?: string[] };

const bad = (field: string, message: string, code = "invalid_scope") =>
  new AppError(400, code, `Behörigheten går inte att använda: ${message}.`, [{ field, message }]);

/**
 * User administration: administrators manage every account; a county
 * coordinator manages the readers and local coordinators that lie wholly
 * in their region. Every step is logged in every region it touches.
 */
export function createUserService(
  repository: UserRepository,
  accounts: AccountRepository,
  clock: Clock,
  security: SecurityLog,
  mailLink: LinkMailer = async () => false,
) {
  const regionsOf = (user: Pick<UserRow, "scope">) => [...new Set(user.scope.map((p) => p.regionCode))];

  function mayManage(actor: Actor, user: UserRow): boolean {
    if (actor.role === "admin") return true;
    if (actor.role !== "county_coordinator" || !administeredByCounty.includes(user.role)) return false;
    const theirs = regionsOf(user);
    return theirs.length > 0 && theirs.every((region) => actor.scope.regionCodes.includes(region));
  }

  async function managed(actor: Actor, userId: string): Promise<UserRow> {
    const user = await repository.find(userId);
    // Someone outside the caller's reach looks the same as nobody.
    if (!user || !(actor.role === "admin" || (mayManage(actor, user) && user.id !== actor.userId)))
      throw notFound("Användaren finns inte eller ligger utanför din behörighet.");
    return user;
  }

  /** Checks a scope for a role against what exists and what the caller administers. */
  async function checkedScope(actor: Actor, role: UserRole, input: ScopeInput): Promise<ScopeChange | null> {
    const given = (["regionCode", "municipalityCode", "centreIds"] as const).filter((k) => input[k] !== undefined);
    if (role === "admin") {
      if (given.length > 0) throw bad(`body.${given[0]}`, "en administratör har ingen region");
      return null;
    }
    const allowed =
      role === "county_coordinator"
        ? ["regionCode"]
        : role === "reader"
          ? ["regionCode", "municipalityCode"]
          : ["centreIds"];
    if (given.length !== 1 || !allowed.includes(given[0] as string))
      throw bad("body", `ange ${allowed.map((k) => k).join(" eller ")} för rollen`);
    const withinActor = (region: string | undefined) =>
      region !== undefined && (actor.role === "admin" || actor.scope.regionCodes.includes(region));

    if (input.regionCode !== undefined) {
      if (!(await repository.regionExists(input.regionCode)) || !withinActor(input.regionCode))
        throw bad("body.regionCode", "regionen finns inte eller ligger utanför din behörighet");
      return { regionCode: input.regionCode };
    }
    if (input.municipalityCode !== undefined) {
      if (!withinActor(await repository.regionOfMunicipality(input.municipalityCode)))
        throw bad("body.municipalityCode", "kommunen finns inte eller ligger utanför din behörighet");
      return { municipalityCode: input.municipalityCode };
    }
    const centreIds = [...new Set(input.centreIds ?? [])];
    const found = await repository.regionsOfCentres(centreIds);
    if (centreIds.length === 0 || found.length !== centreIds.length || !found.every((c) => withinActor(c.regionCode)))
      throw bad("body.centreIds", "någon familjecentral finns inte eller ligger utanför din behörighet");
    // A local coordinator's centres lie in one region; only an administrator may make an exception.
    if (!may(actor.role, "coordinators.acrossRegions") && new Set(found.map((c) => c.regionCode)).size > 1)
      throw bad("body.centreIds", "familjecentralerna ligger i olika regioner");
    return { centreIds };
  }

  function newLink(kind: LinkKind) {
    const token = newCollectionToken();
    const expiresAt = new Date(clock().getTime() + linkLifetimeMs);
    return { path: linkPath(kind, token), expiresAt, stored: { tokenHash: hashCollectionToken(token), expiresAt } };
  }

  /** Mails the link where a mail server is configured; otherwise (or if sending fails) it is handed to the caller. */
  async function handOut(
    kind: LinkKind,
    user: { email: string; displayName: string },
    link: ReturnType<typeof newLink>,
  ) {
    const mailed = await mailLink(kind, user, link).catch(() => false);
    return {
      mailed,
      link: mailed ? null : { path: link.path, expiresAt: link.expiresAt.toISOString() },
    };
  }

  const view = (actor: Actor, user: UserRow) => ({
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    status: user.deactivatedAt ? ("deactivated" as const) : user.active ? ("active" as const) : ("invited" as const),
    invitedUntil: user.active || user.deactivatedAt || !user.invitedUntil ? null : user.invitedUntil.toISOString(),
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    scope: user.scope.map(({ type, id, name }) => ({ type, id, name })),
    manageable: mayManage(actor, user) && user.id !== actor.userId,
  });

  const record = (actor: Actor, action: string, user: UserRow, regionCodes: readonly string[], details = {}) =>
    security.record({
      action,
      actorId: actor.userId,
      subjectUserId: user.id,
      regionCodes,
      details: { email: user.email, ...details },
    });

  return {
    async list(actor: Actor) {
      const rows =
        actor.role === "admin"
          ? await repository.listAll()
          : await repository.listTouching(actor.scope.regionCodes, administeredByCounty);
      return { users: rows.map((row) => view(actor, row)), creatableRoles: [...creatable[actor.role]] };
    },

    async create(actor: Actor, input: NewUserInput) {
      if (!creatable[actor.role].includes(input.role)) throw forbidden("Du kan inte skapa användare med den rollen.");
      const scope = await checkedScope(actor, input.role, input);
      const email = normaliseEmail(input.email);
      if (await repository.emailTaken(email))
        throw new AppError(409, "email_in_use", "Det finns redan en användare med den e-postadressen.", [
          { field: "body.email", message: "används redan" },
        ]);
      const link = newLink("invite");
      const person = { email, displayName: input.displayName.trim(), role: input.role };
      const userId = await repository.create(person, scope, link.stored, actor.userId);
      const user = (await repository.find(userId)) as UserRow;
      await record(actor, "user.created", user, [], { role: input.role });
      return { user: view(actor, user), ...(await handOut("invite", person, link)) };
    },

    async changeScope(actor: Actor, userId: string, input: ScopeInput) {
      const before = await managed(actor, userId);
      const scope = await checkedScope(actor, before.role, input);
      if (!scope) throw bad("body", "en administratör har ingen region");
      await repository.setScope(userId, scope, clock());
      const after = (await repository.find(userId)) as UserRow;
      // Logged where the user was and where they are now: both regions must see the move.
      await record(actor, "user.scope_changed", after, regionsOf(before), {
        from: before.scope.map((p) => p.name),
        to: after.scope.map((p) => p.name),
      });
      return view(actor, after);
    },

    async deactivate(actor: Actor, userId: string) {
      if (userId === actor.userId) throw new AppError(409, "own_account", "Du kan inte inaktivera ditt eget konto.");
      const user = await managed(actor, userId);
      if (user.role === "admin" && (await repository.otherActiveAdmins(userId)) === 0)
        throw new AppError(409, "last_admin", "Det måste finnas minst en aktiv administratör.");
      await accounts.deactivate(userId, clock());
      await record(actor, "user.deactivated", user, []);
      return view(actor, (await repository.find(userId)) as UserRow);
    },

    async reactivate(actor: Actor, userId: string) {
      const user = await managed(actor, userId);
      if (!user.deactivatedAt) throw new AppError(409, "not_deactivated", "Användaren är inte inaktiverad.");
      await repository.reactivate(userId);
      await record(actor, "user.reactivated", user, []);
      return view(actor, (await repository.find(userId)) as UserRow);
    },

    /** An invitation for someone without a password, a reset link for someone with one. */
    async newLink(actor: Actor, userId: string) {
      if (userId === actor.userId) throw new AppError(409, "own_account", "Byt ditt eget lösenord under Byt lösenord.");
      const user = await managed(actor, userId);
      if (user.deactivatedAt)
        throw new AppError(409, "deactivated", "Användaren är inaktiverad. Aktivera kontot först.");
      const kind = user.hasPassword ? "reset" : "invite";
      const link = newLink(kind);
      await accounts.newPasswordLink(userId, link.stored, actor.userId);
      await record(actor, kind === "reset" ? "user.reset_link" : "user.reinvited", user, []);
      return { user: view(actor, user), ...(await handOut(kind, user, link)) };
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
