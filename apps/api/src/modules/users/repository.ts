import {
  and,
  type Database,
  eq,
  invites,
  isNull,
  selectRows,
  sessions,
  sql,
  type UserRole,
  userScopes,
  users,
} from "@fcs/db";

/** One place of a user's scope, with its name and the region it lies in. */
export interface ScopePlace {
  type: "region" | "municipality" | "centre";
  id: string;
  name: string;
  regionCode: string;
}

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  active: boolean;
  hasPassword: boolean;
  deactivatedAt: Date | null;
  invitedUntil: Date | null;
  lastSignInAt: Date | null;
  scope: ScopePlace[];
}

/** What a scope is changed to: one region or municipality, or a local coordinator's centres. */
export type ScopeChange = { regionCode: string } | { municipalityCode: string } | { centreIds: string[] };

export interface NewLink {
  tokenHash: string;
  expiresAt: Date;
}

const toDate = (value: string | Date | null) => (value === null ? null : new Date(value));

/** Accounts as the user administration sees them: role, scope with names, status and last sign-in. */
export function createUserRepository(db: Database) {
  async function load(where: ReturnType<typeof sql>): Promise<UserRow[]> {
    // Dates and the JSON scope come back as text or values, depending on the driver.
    type Raw = Omit<UserRow, "deactivatedAt" | "invitedUntil" | "lastSignInAt" | "scope"> &
      Record<"deactivatedAt" | "invitedUntil" | "lastSignInAt", string | Date | null> & {
        scope: ScopePlace[] | string;
      };
    const rows = await selectRows<Raw>(
      db,
      sql`select u.id, u.email, u.display_name as "displayName", u.role, u.active,
            u.password_hash like '$argon2%' as "hasPassword", u.deactivated_at as "deactivatedAt",
            (select max(i.expires_at) from invites i where i.user_id = u.id and i.used_at is null) as "invitedUntil",
            (select max(s.created_at) from sessions s where s.user_id = u.id) as "lastSignInAt",
            coalesce((select json_agg(p order by p.type, p.name) from (
              select 'region' as type, r.code as id, r.name, r.code as "regionCode"
                from user_scopes s join regions r on r.code = s.region_code where s.user_id = u.id
              union all select 'municipality', m.code, m.name, m.region_code
                from user_scopes s join municipalities m on m.code = s.municipality_code where s.user_id = u.id
              union all select 'centre', c.id::text, c.name, m.region_code
                from user_scopes s join centres c on c.id = s.centre_id
                join municipalities m on m.code = c.municipality_code where s.user_id = u.id
            ) p), '[]'::json) as scope
          from users u where ${where}
          order by u.role, u.display_name, u.email`,
    );
    return rows.map((row) => ({
      ...row,
      deactivatedAt: toDate(row.deactivatedAt),
      invitedUntil: toDate(row.invitedUntil),
      lastSignInAt: toDate(row.lastSignInAt),
      scope: typeof row.scope === "string" ? (JSON.parse(row.scope) as ScopePlace[]) : row.scope,
    }));
  }

  return {
    listAll: () => load(sql`true`),

    /** Users with at least one place of their scope in one of the regions (the county coordinator's view). */
    listTouching: (regionCodes: readonly string[], roles: readonly UserRole[]) =>
      load(
        sql`u.role in (${sql.join(
          roles.map((r) => sql`${r}`),
          sql`, `,
        )}) and exists (
          select 1 from user_scopes s
            left join municipalities sm on sm.code = s.municipality_code
            left join centres c on c.id = s.centre_id
            left join municipalities cm on cm.code = c.municipality_code
          where s.user_id = u.id and coalesce(s.region_code, sm.region_code, cm.region_code) in (${sql.join(
            regionCodes.map((r) => sql`${r}`),
            sql`, `,
          )}))`,
      ),

    async find(userId: string): Promise<UserRow | undefined> {
      return (await load(sql`u.id = ${userId}::uuid`))[0];
    },

    async emailTaken(email: string): Promise<boolean> {
      const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      return row !== undefined;
    },

    /** Regions of the given centres, to check that a local coordinator's centres lie in one region. */
    async regionsOfCentres(centreIds: readonly string[]) {
      if (centreIds.length === 0) return [];
      return selectRows<{ id: string; regionCode: string }>(
        db,
        sql`select c.id, m.region_code as "regionCode" from centres c
            join municipalities m on m.code = c.municipality_code
            where c.id in (${sql.join(
              centreIds.map((id) => sql`${id}::uuid`),
              sql`, `,
            )})`,
      );
    },

    async regionOfMunicipality(code: string): Promise<string | undefined> {
      const [row] = await selectRows<{ regionCode: string }>(
        db,
        sql`select region_code as "regionCode" from municipalities where code = ${code}`,
      );
      return row?.regionCode;
    },

    async regionExists(code: string): Promise<boolean> {
      const [row] = await selectRows<{ code: string }>(db, sql`select code from regions where code = ${code}`);
      return row !== undefined;
    },

    /** A new account without a password, with its scope and a one-time link to set one. */
    create(
      person: { email: string; displayName: string; role: UserRole },
      scope: ScopeChange | null,
      link: NewLink,
      createdBy: string,
    ): Promise<string> {
      return db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({ ...person, passwordHash: "!invited", active: false })
          .returning({ id: users.id });
        if (!user) throw new Error("insert into users returned no row");
        if (scope) await tx.insert(userScopes).values(scopeRows(user.id, scope));
        await tx.insert(invites).values({ userId: user.id, createdBy, ...link });
        return user.id;
      });
    },

    /**
     * Replaces the scope. Sessions end, so that the next sign-in carries the
     * new scope (a session's scope is read when it is resolved, but a page
     * left open should not keep showing what is no longer theirs).
     */
    async setScope(userId: string, scope: ScopeChange, now: Date) {
      await db.transaction(async (tx) => {
        await tx.delete(userScopes).where(eq(userScopes.userId, userId));
        await tx.insert(userScopes).values(scopeRows(userId, scope));
        await tx
          .update(sessions)
          .set({ revokedAt: now })
          .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
      });
    },

    /** Lets the account sign in again with its password (if it has one); sessions from before stay ended. */
    async reactivate(userId: string) {
      await db
        .update(users)
        .set({ deactivatedAt: null, active: sql`${users.passwordHash} like '$argon2%'` })
        .where(eq(users.id, userId));
    },

    /** Active administrators other than the given user: the last one cannot be deactivated. */
    async otherActiveAdmins(userId: string): Promise<number> {
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.active, true), sql`${users.id} <> ${userId}::uuid`));
      return rows.length;
    },
  };
}

function scopeRows(userId: string, scope: ScopeChange) {
  if ("regionCode" in scope) return [{ userId, regionCode: scope.regionCode }];
  if ("municipalityCode" in scope) return [{ userId, municipalityCode: scope.municipalityCode }];
  return scope.centreIds.map((centreId) => ({ userId, centreId }));
}

export type UserRepository = ReturnType<typeof createUserRepository>;
