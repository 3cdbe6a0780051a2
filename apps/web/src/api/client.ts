import type { ApiErrorBody } from "@fcs/contracts";
import type { Endpoints } from "@fcs/contracts/endpoints";
import { paths } from "@fcs/contracts/paths";
import { webClientHeader } from "@fcs/contracts/web-client";
import { type AreaClient, areaClient, type Send } from "./endpoint-client.ts";

/** A failed API call, carrying the server's error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = "ApiError";
  }
}

type SignedInCheck = () => boolean;
type UnauthorizedListener = () => void;

/**
 * Marks every call as the web app's: the server then keeps the token out of the sign-in
 * answer (the session lives in an HttpOnly cookie every tab shares) and accepts changes
 * signed in by that cookie, which it refuses from anything that cannot set a header.
 */
const webClient = { [webClientHeader]: "web" };

type Areas = typeof paths;

/** The whole API as calls by area and name, typed by the contract: `api.regions.list()`, `api.centres.get({ params: { id } })`. */
export type ApiAreas = { [A in keyof Areas]: AreaClient<Endpoints[A]> };

/** The typed API client of the staff app, derived from the table of endpoints; the browser sends the session cookie. */
export function createApiClient(isSignedIn: SignedInCheck, onUnauthorized: UnauthorizedListener) {
  const send: Send = async (route, url, body, options) => {
    const headers: Record<string, string> = { accept: "application/json", ...webClient, ...options.headers };
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(url, {
      method: route.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
      keepalive: options.keepalive,
    });
    if (response.status === 204) return undefined;
    const payload = await response.json().catch(() => undefined);
    if (!response.ok) throw failure(response.status, payload);
    return payload;
  };

  function failure(status: number, payload: unknown): ApiError {
    if (status === 401 && isSignedIn()) onUnauthorized();
    return new ApiError(status, isErrorBody(payload) ? payload : fallbackError(status));
  }

  /** A file the API produces (a report export), as a blob with the name the server gave it. */
  async function download(url: string): Promise<{ blob: Blob; fileName: string }> {
    const response = await fetch(url, { headers: webClient });
    if (!response.ok) throw failure(response.status, await response.json().catch(() => undefined));
    const disposition = response.headers.get("content-disposition") ?? "";
    return { blob: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? "rapport" };
  }

  const areas = Object.fromEntries(
    Object.entries(paths).map(([area, routes]) => [area, areaClient(routes, send)]),
  ) as ApiAreas;
  return { ...areas, download };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * The server's message with what its details say, as one text to show: a malformed request
 * names its fields; any other refusal lists its problems, which the server words for people.
 */
export function describeApiError(error: ApiError): string {
  const { details } = error.body;
  if (details.length === 0) return error.message;
  if (error.body.error === "validation_failed")
    return `Uppgifterna innehåller fel: ${details.map((d) => `${d.field.replace(/^(body|query|params)\./, "")} ${d.message}`).join("; ")}.`;
  return `${error.message} ${details.map((d) => d.message).join("; ")}.`;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === "object" && value !== null && "error" in value && "message" in value;
}

function fallbackError(status: number): ApiErrorBody {
  return { error: "http_error", message: `Servern svarade med fel (${status}).`, details: [] };
}
