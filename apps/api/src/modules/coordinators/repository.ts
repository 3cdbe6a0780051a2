import {
  and,
  asc,
  auditLog,
  centres,
  type Database,
  eq,
  gt,
  invites,
  isNull,
  municipalities,
  sessions,
  sql,
  userScopes,
  users,
} from "@fcs/db";

/** Who did it, and in which region, for the audit log. */
export interface CoordinatorAuthor {
  actorId: string;
  regionCode: string;
  centreId: string;
}

export interface NewInvite {
  tokenHash: string;
  expiresAt: Date;
}

export function createCoordinatorRepository(db: Database) {
  const logged = (author: CoordinatorAuthor, action: string, details: Record<string, unknown>) => ({
    actorId: author.actorId,
    regionCode: author.regionCode,
    centreId: author.centreId,
    action,
    details,
  });
  /** The step in the log of the acting region and of every other region it touches. */
  const loggedIn = (
    author: CoordinatorAuthor,
    otherRegions: readonly string[],
    action: string,
    details: Record<string, unknown>,
  ) => [
    logged(author, action, details),
    ...otherRegions
      .filter((region) => region !== author.regionCode)
      .map((regionCode) => ({ ...logged(author, action, details), regionCode, centreId: null })),
  ];

  return {
    /** The centre's local coordinators; `invitedUntil` while one has not yet set a password. */
    listForCentre(centreId: string) {
      return db
        .select({
          id: users.id,
          email: users.email,
          displayName: users.displayName,
          active: users.active,
          deactivated: sql<boolean>`${users.deactivatedAt} is not null`,
          invitedUntil: sql<Date | null>`(select max(${invites.expiresAt}) from ${invites}
            where ${invites.userId} = ${users.id} and ${invites.usedAt} is null)`.mapWith((v) =>
            v === null ? null : new Date(v),
          ),
        })
        .from(userScopes)
        .innerJoin(users, eq(users.id, userScopes.userId))
        .where(and(eq(userScopes.centreId, centreId), eq(users.role, "local_coordinator")))
        .orderBy(asc(users.displayName));
    },

    async findUserByEmail(email: string) {
      const [row] = await db
        .select({ id: users.id, role: users.role, active: users.active })
        .from(users)
        .where(eq(users.email, email));
      return row;
    },

    /** A new, not yet active local coordinator for the centre, with their one-time invite. */
    inviteNew(
      person: { email: string; displayName: string },
      invite: NewInvite,
      author: CoordinatorAuthor,
    ): Promise<string> {
      return db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({
            ...person,
            // No password can match this until the invite is accepted; the account is also inactive.
            passwordHash: "!invited",
            role: "local_coordinator",
            active: false,
          })
          .returning({ id: users.id });
        if (!user) throw new Error("insert into users returned no row");
        await tx.insert(userScopes).values({ userId: user.id, centreId: author.centreId });
        await tx.insert(invites).values({ userId: user.id, createdBy: author.actorId, ...invite });
        await tx.insert(auditLog).values(logged(author, "coordinator.invite", { email: person.email }));
        return user.id;
      });
    },

    /** An existing coordinator gets one more centre; the step is logged in each region of their centres. */
    attach(userId: string, email: string, author: CoordinatorAuthor, theirRegions: readonly string[]) {
      return db.transaction(async (tx) => {
        await tx.insert(userScopes).values({ userId, centreId: author.centreId });
        await tx.insert(auditLog).values(loggedIn(author, theirRegions, "coordinator.attach", { email }));
      });
    },

    /** Every centre a user coordinates, with its region. */
    centresOf(userId: string) {
      return db
        .select({ centreId: centres.id, regionCode: municipalities.regionCode })
        .from(userScopes)
        .innerJoin(centres, eq(centres.id, userScopes.centreId))
        .innerJoin(municipalities, eq(municipalities.code, centres.municipalityCode))
        .where(eq(userScopes.userId, userId));
    },

    async isAttached(userId: string, centreId: string) {
      const [row] = await db
        .select({ id: userScopes.id })
        .from(userScopes)
        .where(and(eq(userScopes.userId, userId), eq(userScopes.centreId, centreId)));
      return row !== undefined;
    },

    /** Takes the centre from the coordinator; their other centres stay. Returns false if they were not attached. */
    detach(userId: string, author: CoordinatorAuthor) {
      return db.transaction(async (tx) => {
        const removed = await tx
          .delete(userScopes)
          .where(and(eq(userScopes.userId, userId), eq(userScopes.centreId, author.centreId)))
          .returning({ id: userScopes.id });
        if (removed.length === 0) return false;
        await tx.insert(auditLog).values(logged(author, "coordinator.detach", { userId }));
        return true;
      });
    },

    /** A fresh link for someone who has not accepted yet: older unused links stop working. */
    reinvite(userId: string, invite: NewInvite, author: CoordinatorAuthor, theirRegions: readonly string[]) {
      return db.transaction(async (tx) => {
        await tx
          .update(invites)
          .set({ usedAt: new Date() })
          .where(and(eq(invites.userId, userId), isNull(invites.usedAt)));
        await tx.insert(invites).values({ userId, createdBy: author.actorId, ...invite });
        await tx.insert(auditLog).values(loggedIn(author, theirRegions, "coordinator.reinvite", { userId }));
      });
    },

    /** An unused, unexpired invite, with whom it is for. */
    async findOpenInvite(tokenHash: string, now: Date) {
      const [row] = await db
        .select({ id: invites.id, userId: users.id, email: users.email, displayName: users.displayName })
        .from(invites)
        .innerJoin(users, eq(users.id, invites.userId))
        .where(
          and(
            eq(invites.tokenHash, tokenHash),
            isNull(invites.usedAt),
            gt(invites.expiresAt, now),
            // A deactivated account cannot be brought back by a link: only by reactivation.
            isNull(users.deactivatedAt),
          ),
        );
      return row;
    },

    /** Sets the password and activates the account; the invite is used up in the same transaction. */
    accept(inviteId: string, userId: string, passwordHash: string, now: Date) {
      return db.transaction(async (tx) => {
        const used = await tx
          .update(invites)
          .set({ usedAt: now })
          .where(and(eq(invites.id, inviteId), isNull(invites.usedAt)))
          .returning({ id: invites.id });
        if (used.length === 0) return false;
        await tx.update(users).set({ passwordHash, active: true }).where(eq(users.id, userId));
        // A new password (also one reset by the operator) ends every earlier session.
        await tx
          .update(sessions)
          .set({ revokedAt: now })
          .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
        return true;
      });
    },
  };
}

export type CoordinatorRepository = ReturnType<typeof createCoordinatorRepository>;
