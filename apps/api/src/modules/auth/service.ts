import { AppError } from "../../errors.ts";
import { spendVerificationTime, verifyPassword } from "./password.ts";
import type { AuthRepository, SessionAccount } from "./repository.ts";

/** The same words for an unknown e-mail and a wrong password, so neither is revealed. */
const invalidCredentials = () => new AppError(401, "invalid_credentials", "Fel e-postadress eller lösenord.");

export function createAuthService(repository: AuthRepository, options: { sessionTtlSeconds: number }) {
  return {
    async login(email: string, password: string): Promise<{ account: SessionAccount; expiresAt: Date }> {
      const account = await repository.findAccountByEmail(email.trim());
      if (!account) {
        await spendVerificationTime(password);
        throw invalidCredentials();
      }
      const valid = await verifyPassword(account.passwordHash, password);
      if (!valid || !account.active) throw invalidCredentials();
      const expiresAt = new Date(Date.now() + options.sessionTtlSeconds * 1000);
      const sessionId = await repository.createSession(account.id, expiresAt);
      const scope = await repository.scopeOf(account.id, account.role);
      return {
        account: {
          sessionId,
          userId: account.id,
          email: account.email,
          displayName: account.displayName,
          role: account.role,
          scope,
        },
        expiresAt,
      };
    },

    resolveSession: (sessionId: string) => repository.findOpenSession(sessionId),

    logout: (sessionId: string) => repository.revokeSession(sessionId),
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
