import {
  type AccessScope,
  and,
  type Database,
  eq,
  gt,
  isNull,
  ne,
  sessions,
  type UserRole,
  userScopes,
  users,
} from "@fcs/db";

export interface AccountRow {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
  active: boolean;
}

export interface SessionAccount {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  role: UserRole;
  scope: AccessScope;
}

export function createAuthRepository(db: Database) {
  async function scopeOf(userId: string, role: UserRole): Promise<AccessScope> {
    const rows = await db.select().from(userScopes).where(eq(userScopes.userId, userId));
    const pick = (key: "regionCode" | "municipalityCode" | "centreId") =>
      rows.map((row) => row[key]).filter((value): value is string => value !== null);
    return {
      all: role === "admin",
      regionCodes: pick("regionCode"),
      municipalityCodes: pick("municipalityCode"),
      centreIds: pick("centreId"),
    };
  }

  return {
    scopeOf,

    async findAccountByEmail(email: string): Promise<AccountRow | undefined> {
      const [row] = await db
        .select({
          id: users.id,
          email: users.email,
          displayName: users.displayName,
          role: users.role,
          passwordHash: users.passwordHash,
          active: users.active,
        })
        .from(users)
        .where(eq(users.email, email));
      return row;
    },

    async createSession(userId: string, expiresAt: Date): Promise<string> {
      const [row] = await db.insert(sessions).values({ userId, expiresAt }).returning({ id: sessions.id });
      if (!row) throw new Error("insert into sessions returned no row");
      return row.id;
    },

    /** The session's account, only while the session is open and the user active. */
    async findOpenSession(sessionId: string): Promise<SessionAccount | undefined> {
      const [row] = await db
        .select({
          sessionId: sessions.id,
          userId: users.id,
          email: users.email,
          displayName: users.displayName,
          role: users.role,
        })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(
          and(
            eq(sessions.id, sessionId),
            isNull(sessions.revokedAt),
            gt(sessions.expiresAt, new Date()),
            eq(users.active, true),
          ),
        );
      if (!row) return undefined;
      return { ...row, scope: await scopeOf(row.userId, row.role) };
    },

    async passwordHashOf(userId: string): Promise<string | undefined> {
      const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
      return row?.passwordHash;
    },

    /** A new password, and every other session of the user ended in the same transaction. */
    async changePassword(userId: string, passwordHash: string, keepSessionId: string): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
        await tx
          .update(sessions)
          .set({ revokedAt: new Date() })
          .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ne(sessions.id, keepSessionId)));
      });
    },

    async revokeSession(sessionId: string): Promise<void> {
      await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, sessionId));
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
