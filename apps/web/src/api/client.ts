import type {
  ApiErrorBody,
  Centre,
  CentreList,
  CollectionLink,
  CollectionTokenList,
  CurrentUser,
  Enrolment,
  LoginResponse,
  RespondentCounts,
} from "@fcs/api/contracts";

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

type TokenSource = () => string | undefined;
type UnauthorizedListener = () => void;

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

/** The typed API client: one method per endpoint the web app uses. */
export function createApiClient(getToken: TokenSource, onUnauthorized: UnauthorizedListener) {
  async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    const token = getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
    if (response.status === 204) return undefined as T;
    const body = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = new ApiError(response.status, isErrorBody(body) ? body : fallbackError(response.status));
      if (response.status === 401 && token) onUnauthorized();
      throw error;
    }
    return body as T;
  }

  return {
    login: (email: string, password: string) =>
      request<LoginResponse>("/api/auth/login", { method: "POST", body: { email, password } }),
    me: (signal?: AbortSignal) => request<CurrentUser>("/api/auth/me", { signal }),
    logout: () => request<void>("/api/auth/logout", { method: "POST" }),
    centres: (signal?: AbortSignal) => request<CentreList>("/api/centres", { signal }),
    centre: (id: string, signal?: AbortSignal) => request<Centre>(`/api/centres/${id}`, { signal }),
    respondentCounts: (centreId: string, year: number, signal?: AbortSignal) =>
      request<RespondentCounts>(`/api/centres/${centreId}/response-counts?year=${year}`, { signal }),
    collectionTokens: (centreId: string, signal?: AbortSignal) =>
      request<CollectionTokenList>(`/api/centres/${centreId}/collection-tokens`, { signal }),
    createEnrolment: (centreId: string, label: string) =>
      request<Enrolment>(`/api/centres/${centreId}/kiosk-enrolments`, { method: "POST", body: label ? { label } : {} }),
    createLink: (centreId: string, audience: "staff" | "visitors") =>
      request<CollectionLink>(`/api/centres/${centreId}/links`, { method: "POST", body: { audience } }),
    setKioskPin: (centreId: string, pin: string) =>
      request<void>(`/api/centres/${centreId}/kiosk-pin`, { method: "PUT", body: { pin } }),
    revokeToken: (centreId: string, tokenId: string) =>
      request<void>(`/api/centres/${centreId}/collection-tokens/${tokenId}/revoke`, { method: "POST" }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === "object" && value !== null && "error" in value && "message" in value;
}

function fallbackError(status: number): ApiErrorBody {
  return { error: "http_error", message: `Servern svarade med fel (${status}).`, details: [] };
}
