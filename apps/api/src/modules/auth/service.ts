import { AppError } from "../../errors.ts";
import type { SecurityLog } from "../audit/security-log.ts";
import { normaliseEmail } from "./email.ts";
import { createHashingQueue } from "./hashing-queue.ts";
import { hashPassword, isPasswordHash, spendVerificationTime, verifyPassword } from "./password.ts";
import { passwordProblem } from "./password-policy.ts";
import type { AuthRepository, SessionAccount } from "./repository.ts";
import type { SignInThrottle } from "./throttle.ts";

/** The same words for an unknown e-mail and a wrong password, so neither is revealed. */
const invalidCredentials = () => new AppError(401, "invalid_credentials", "Fel e-postadress eller lösenord.");

/** Two verifications at a time on a two-core machine; a few dozen may wait, more are told to come back. */
const hashing = createHashingQueue(2, 32);

export function createAuthService(
  repository: AuthRepository,
  throttle: SignInThrottle,
  security: SecurityLog,
  options: { sessionTtlSeconds: number; onLogError?: (error: unknown) => void },
) {
  // Written after the answer is decided and not awaited: a failure for a known account must take no longer
  // than one for an unknown e-mail, or the log would tell which e-mails exist.
  const recordLater = (event: Parameters<SecurityLog["record"]>[0]) =>
    void security.record(event).catch((error) => options.onLogError?.(error));
  return {
    /**
     * Signs in. Unknown e-mails, invitees without a password, deactivated users
     * and wrong passwords do the same work and get the same answer; failures
     * make the account and the address wait longer and longer.
     */
    async login(email: string, password: string, address: string) {
      const normalised = normaliseEmail(email);
      const now = new Date();
      const waitMs = await throttle.waitMs(normalised, address, now);
      if (waitMs > 0) {
        const minutes = Math.ceil(waitMs / 60_000);
        throw new AppError(
          429,
          "rate_limited",
          `För många misslyckade inloggningar. Försök igen om ${minutes} ${minutes === 1 ? "minut" : "minuter"}.`,
        );
      }
      const account = await repository.findAccountByEmail(normalised);
      const valid = await hashing(() =>
        account && isPasswordHash(account.passwordHash)
          ? verifyPassword(account.passwordHash, password)
          : spendVerificationTime(password),
      );
      if (!account || !valid || !account.active) {
        await throttle.recordFailure(normalised, address, now);
        if (account)
          recordLater({
            action: "auth.sign_in_failed",
            actorId: null,
            subjectUserId: account.id,
            details: { reason: !valid ? "wrong_password" : "inactive" },
          });
        throw invalidCredentials();
      }
      await throttle.recordSuccess(normalised);
      recordLater({ action: "auth.sign_in", actorId: account.id, subjectUserId: account.id });
      const expiresAt = new Date(Date.now() + options.sessionTtlSeconds * 1000);
      const sessionId = await repository.createSession(account.id, expiresAt);
      const scope = await repository.scopeOf(account.id, account.role);
      const signedIn: SessionAccount = {
        sessionId,
        userId: account.id,
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        scope,
      };
      return { account: signedIn, expiresAt };
    },

    /** Changes one's own password with the current one; every other session ends, this one goes on. */
    async changePassword(account: SessionAccount, currentPassword: string, newPassword: string) {
      const hash = await repository.passwordHashOf(account.userId);
      const valid = await hashing(() =>
        hash && isPasswordHash(hash) ? verifyPassword(hash, currentPassword) : spendVerificationTime(currentPassword),
      );
      if (!valid)
        throw new AppError(400, "wrong_password", "Det nuvarande lösenordet stämmer inte.", [
          { field: "body.currentPassword", message: "stämmer inte" },
        ]);
      const problem = passwordProblem(newPassword, [account.email, account.displayName]);
      if (problem)
        throw new AppError(400, "weak_password", `Lösenordet ${problem}.`, [
          { field: "body.newPassword", message: problem },
        ]);
      await repository.changePassword(
        account.userId,
        await hashing(() => hashPassword(newPassword)),
        account.sessionId,
      );
      await security.record({
        action: "auth.password_changed",
        actorId: account.userId,
        subjectUserId: account.userId,
      });
    },

    resolveSession: (sessionId: string) => repository.findOpenSession(sessionId),

    logout: (sessionId: string) => repository.revokeSession(sessionId),
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
