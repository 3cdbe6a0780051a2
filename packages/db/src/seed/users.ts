import type { Database } from "../client.ts";
import { type UserRole, userScopes, users } from "../schema/users.ts";

export interface UserScopeInput {
  regionCode?: string;
  municipalityCode?: string;
  centreId?: string;
}

export interface NewUserInput {
  email: string;
  displayName: string;
  passwordHash: string;
  role: UserRole;
  scopes?: UserScopeInput[];
}

/** Inserts a user with its scope rows in one transaction; shared by the demo seed and the test factories. */
export async function insertUser(db: Database, input: NewUserInput): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email.toLowerCase(),
        displayName: input.displayName,
        passwordHash: input.passwordHash,
        role: input.role,
      })
      .returning({ id: users.id });
    if (!user) throw new Error("insert into users returned no row");
    const scopes = input.scopes ?? [];
    if (scopes.length > 0) {
      await tx.insert(userScopes).values(scopes.map((scope) => ({ userId: user.id, ...scope })));
    }
    return user;
  });
}
