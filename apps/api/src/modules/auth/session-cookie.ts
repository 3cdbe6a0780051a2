import { webClientHeader } from "@fcs/contracts/web-client";
import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * The browser's session: the signed token in an HttpOnly, SameSite=Strict cookie that
 * every tab of the browser shares and no script can read. Scripts and other programs
 * keep using `Authorization: Bearer`.
 *
 * SameSite=Strict keeps the cookie off requests started from other sites; as a second
 * guard, a request that is signed in by the cookie and changes anything must also carry
 * the header the web app sends (`webClientHeader`), which a form or link of another
 * site cannot set.
 */
export const sessionCookieName = "fcs_session";
/**
 * A companion cookie scripts may read, holding no secret: it only tells the web app that
 * a session may exist, so a page opened without one does not ask the server who is signed in.
 */
export const signedInHintName = "fcs_signed_in";

/** Requests that only read; every other method is a change. */
const readMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export function sessionCookieOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === sessionCookieName) {
      const value = part.slice(separator + 1).trim();
      return value === "" ? undefined : value;
    }
  }
  return undefined;
}

/** A change signed in by the cookie alone, without the web app's header: refused as a possible forged request. */
export function isUnmarkedCookieChange(request: FastifyRequest): boolean {
  return !readMethods.has(request.method) && !isWebClient(request);
}

export function isWebClient(request: FastifyRequest): boolean {
  return request.headers[webClientHeader] !== undefined;
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  options: { maxAgeSeconds: number; secure: boolean },
): void {
  reply.header("set-cookie", [
    cookie(`${sessionCookieName}=${token}`, "Path=/api; HttpOnly", options),
    cookie(`${signedInHintName}=1`, "Path=/", options),
  ]);
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  const gone = { maxAgeSeconds: 0, secure };
  reply.header("set-cookie", [
    cookie(`${sessionCookieName}=`, "Path=/api; HttpOnly", gone),
    cookie(`${signedInHintName}=`, "Path=/", gone),
  ]);
}

function cookie(pair: string, place: string, options: { maxAgeSeconds: number; secure: boolean }): string {
  return [
    pair,
    place,
    `Max-Age=${options.maxAgeSeconds}`,
    "SameSite=Strict",
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}
