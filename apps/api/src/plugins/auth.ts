import fastifyJwt from "@fastify/jwt";
import { type Action, may } from "@fcs/contracts";
import type { UserRole } from "@fcs/db";
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from "fastify";
import fp from "fastify-plugin";
import { forbidden, unauthorized } from "../errors.ts";
import { createSecurityLog } from "../modules/audit/security-log.ts";
import { createAuthRepository, type SessionAccount } from "../modules/auth/repository.ts";
import { type AuthService, createAuthService } from "../modules/auth/service.ts";
import {
  clearSessionCookie,
  isUnmarkedCookieChange,
  sessionCookieOf,
  setSessionCookie,
} from "../modules/auth/session-cookie.ts";
import { createSignInThrottle } from "../modules/auth/throttle.ts";

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
    /** The guard of a route: a valid session whose role may take the action (permission table in @fcs/contracts). */
    authorize(action: Action): onRequestHookHandler;
    /** The browser's session cookie (session-cookie.ts), Secure in production and over HTTPS. */
    sessionCookie: {
      set(request: FastifyRequest, reply: FastifyReply, token: string): void;
      clear(request: FastifyRequest, reply: FastifyReply): void;
    };
  }
  interface FastifyRequest {
    actor: SessionAccount;
  }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Tokens are signed JWTs naming a session, sent as `Authorization: Bearer` by programs
 * and as an HttpOnly cookie by the browser. Role and scope are read from
 * the database on every request, so logout, deactivation and a changed scope
 * take effect at once rather than when the token expires.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: { secret: string; sessionTtlSeconds: number; secureCookies: boolean }) => {
    // Pinned: HS256 only, and a token must say when it expires and which session it belongs to.
    await app.register(fastifyJwt, {
      secret: options.secret,
      sign: { algorithm: "HS256", expiresIn: options.sessionTtlSeconds },
      verify: { algorithms: ["HS256"], requiredClaims: ["exp", "sid"] },
    });
    const service = createAuthService(
      createAuthRepository(app.db),
      createSignInThrottle(app.db),
      createSecurityLog(app.db),
      {
        sessionTtlSeconds: options.sessionTtlSeconds,
        onLogError: (error) => app.log.error({ err: error }, "writing a sign-in to the audit log failed"),
      },
    );
    app.decorate("authService", service);
    app.decorateRequest("actor", null as unknown as SessionAccount);

    const secure = (request: FastifyRequest) => options.secureCookies || request.protocol === "https";
    app.decorate("sessionCookie", {
      set: (request: FastifyRequest, reply: FastifyReply, token: string) =>
        setSessionCookie(reply, token, { maxAgeSeconds: options.sessionTtlSeconds, secure: secure(request) }),
      clear: (request: FastifyRequest, reply: FastifyReply) => clearSessionCookie(reply, secure(request)),
    });

    /** The bearer token when there is one, else the browser's cookie. */
    function presentedToken(request: FastifyRequest): string | undefined {
      const header = request.headers.authorization;
      if (header !== undefined) return /^Bearer (\S+)$/i.exec(header)?.[1] ?? "";
      const token = sessionCookieOf(request);
      if (token !== undefined && isUnmarkedCookieChange(request))
        throw forbidden("Ändringar med inloggningskakan måste komma från tjänstens egna sidor.");
      return token;
    }

    async function authenticate(request: FastifyRequest): Promise<SessionAccount> {
      const token = presentedToken(request);
      if (token === undefined) throw unauthorized("Du behöver logga in (saknad, ogiltig eller utgången inloggning).");
      let claims: TokenClaims;
      try {
        claims = app.jwt.verify<TokenClaims>(token);
      } catch {
        throw unauthorized("Du behöver logga in (saknad, ogiltig eller utgången inloggning).");
      }
      if (typeof claims.sid !== "string" || !uuid.test(claims.sid))
        throw unauthorized("Du behöver logga in (saknad, ogiltig eller utgången inloggning).");
      const account = await service.resolveSession(claims.sid);
      if (!account) throw unauthorized("Inloggningen har avslutats. Logga in igen.");
      return account;
    }

    app.decorate("authorize", (action: Action): onRequestHookHandler => {
      return async (request) => {
        const account = await authenticate(request);
        if (!may(account.role, action)) throw forbidden();
        request.actor = account;
      };
    });
  },
  { name: "auth", dependencies: ["database"] },
);
