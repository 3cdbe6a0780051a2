import { and, asc, type Database, eq, gt, invites, isNull, sessions, sql, users } from "@fcs/db";

/** What an operator does to accounts from the command line (cli/admin.ts), and a user's own password reset. */
export function createAccountRepository(db: Database) {
  return {
    async findByEmail(email: string) {
      const [row] = await db
        .select({ id: users.id, role: users.role, active: users.active })
        .from(users)
        .where(eq(users.email, email));
      return row;
    },

    /** Who may get a link by e-mail: an account that is not deactivated, and whether it has a password yet. */
    async findForLink(email: string) {
      const [row] = await db
        .select({
          id: users.id,
          email: users.email,
          displayName: users.displayName,
          hasPassword: sql<boolean>`${users.passwordHash} like '$argon2%'`,
        })
        .from(users)
        .where(and(eq(users.email, email), isNull(users.deactivatedAt)));
      return row;
    },

    /** Whether a link was made for the user after the given time: one mail per quarter of an hour is enough. */
    async linkMadeSince(userId: string, since: Date): Promise<boolean> {
      const [row] = await db
        .select({ id: invites.id })
        .from(invites)
        .where(and(eq(invites.userId, userId), gt(invites.createdAt, since)))
        .limit(1);
      return row !== undefined;
    },

    /** A new administrator without a password: it is set through the one-time link. */
    async createAdmin(email: string, displayName: string, invite: { tokenHash: string; expiresAt: Date }) {
      return db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({ email, displayName, passwordHash: "!invited", role: "admin", active: false })
          .returning({ id: users.id });
        if (!user) throw new Error("insert into users returned no row");
        await tx.insert(invites).values({ userId: user.id, createdBy: user.id, ...invite });
        return user.id;
      });
    },

    /** A fresh one-time link to set the password; earlier unused links stop working. */
    async newPasswordLink(userId: string, invite: { tokenHash: string; expiresAt: Date }, createdBy = userId) {
      await db.transaction(async (tx) => {
        await tx
          .update(invites)
          .set({ usedAt: new Date() })
          .where(and(eq(invites.userId, userId), isNull(invites.usedAt)));
        await tx.insert(invites).values({ userId, createdBy, ...invite });
      });
    },

    /** Deactivates the account and ends every session at once; reactivating it later revives none. */
    async deactivate(userId: string, now = new Date()) {
      await db.transaction(async (tx) => {
        await tx.update(users).set({ active: false, deactivatedAt: now }).where(eq(users.id, userId));
        await tx
          .update(sessions)
          .set({ revokedAt: now })
          .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
        await tx
          .update(invites)
          .set({ usedAt: now })
          .where(and(eq(invites.userId, userId), isNull(invites.usedAt)));
      });
    },

    list() {
      return db
        .select({
          email: users.email,
          displayName: users.displayName,
          role: users.role,
          status: sql<string>`case when ${users.deactivatedAt} is not null then 'deactivated'
            when ${users.active} then 'active' else 'invited' end`,
        })
        .from(users)
        .orderBy(asc(users.role), asc(users.email));
    },
  };
}

export type AccountRepository = ReturnType<typeof createAccountRepository>;
