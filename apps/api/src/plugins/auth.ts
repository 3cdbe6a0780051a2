import fastifyJwt from "@fastify/jwt";
import type { UserRole } from "@fcs/db";
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from "fastify";
import fp from "fastify-plugin";
import { forbidden, unauthorized } from "../errors.ts";
import { createAuthRepository, type SessionAccount } from "../modules/auth/repository.ts";
import { type AuthService, createAuthService } from "../modules/auth/service.ts";

/** What the signed token says; the server trusts only the session it names. */
export interface TokenClaims {
  sub: string;
  sid: string;
  role: UserRole;
}

declare module "@fastify/jwt" {
  interface FastifyJWT {
    payload: TokenClaims;
    user: TokenClaims;
  }
}

declare module "fastify" {
  interface FastifyInstance {
    authService: AuthService;
    /** The one authorisation check: signed in, session open, and one of these roles. */
    authorize(roles: readonly UserRole[]): onRequestHookHandler;
  }
  interface FastifyRequest {
    actor: SessionAccount;
  }
}

export const allRoles: readonly UserRole[] = ["admin", "county_coordinator", "local_coordinator", "reader"];

/**
 * Bearer tokens are signed JWTs naming a session. Role and scope are read from
 * the database on every request, so logout, deactivation and a changed scope
 * take effect at once rather than when the token expires.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: { secret: string; sessionTtlSeconds: number }) => {
    await app.register(fastifyJwt, { secret: options.secret, sign: { expiresIn: options.sessionTtlSeconds } });
    const service = createAuthService(createAuthRepository(app.db), { sessionTtlSeconds: options.sessionTtlSeconds });
    app.decorate("authService", service);
    app.decorateRequest("actor", null as unknown as SessionAccount);

    async function authenticate(request: FastifyRequest): Promise<SessionAccount> {
      let claims: TokenClaims;
      try {
        claims = await request.jwtVerify<TokenClaims>();
      } catch {
        throw unauthorized("Du behöver logga in (saknad, ogiltig eller utgången inloggning).");
      }
      const account = await service.resolveSession(claims.sid);
      if (!account) throw unauthorized("Inloggningen har avslutats. Logga in igen.");
      return account;
    }

    app.decorate("authorize", (roles: readonly UserRole[]): onRequestHookHandler => {
      return async (request) => {
        const account = await authenticate(request);
        if (!roles.includes(account.role)) throw forbidden();
        request.actor = account;
      };
    });
  },
  { name: "auth", dependencies: ["database"] },
);
