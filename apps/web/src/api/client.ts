import type {
  ApiErrorBody,
  AuditLog,
  Centre,
  CentreChange,
  CentreList,
  CollectionLink,
  CollectionTokenList,
  CoordinatorInvite,
  CoordinatorList,
  CurrentUser,
  Enrolment,
  Exclusion,
  FollowUp,
  FollowUpFigures,
  FollowUpStepResult,
  InviteResult,
  LinkResult,
  LoginResponse,
  ManagedUser,
  MunicipalityList,
  NewCentre,
  NewUser,
  PeriodInput,
  Periods,
  Progress,
  RegionChange,
  RegionList,
  ReportModel,
  ReportStep,
  RespondentCounts,
  ResultsComments,
  ResultsOverview,
  ResultsParts,
  ResultsTrend,
  ScopeChange,
  SurveyDefinition,
  TokenActivity,
  UserList,
} from "@fcs/contracts";

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
  /** Lets the request finish after the page is closed (the follow-up's last autosave). */
  keepalive?: boolean;
}

export type FollowUpStep = "submit" | "return" | "approve";
export type ResultsSurvey = "besok_vuxen" | "besok_barn" | "spindel";

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
      keepalive: options.keepalive,
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

  /** A file the API produces (a report export), as a blob with the name the server gave it. */
  async function download(path: string): Promise<{ blob: Blob; fileName: string }> {
    const token = getToken();
    const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!response.ok) {
      const body = await response.json().catch(() => undefined);
      if (response.status === 401 && token) onUnauthorized();
      throw new ApiError(response.status, isErrorBody(body) ? body : fallbackError(response.status));
    }
    const disposition = response.headers.get("content-disposition") ?? "";
    return { blob: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? "rapport" };
  }

  return {
    login: (email: string, password: string) =>
      request<LoginResponse>("/api/auth/login", { method: "POST", body: { email, password } }),
    me: (signal?: AbortSignal) => request<CurrentUser>("/api/auth/me", { signal }),
    logout: () => request<void>("/api/auth/logout", { method: "POST" }),
    requestPasswordReset: (email: string) =>
      request<{ mailConfigured: boolean }>("/api/auth/password-reset", { method: "POST", body: { email } }),
    changePassword: (currentPassword: string, newPassword: string) =>
      request<void>("/api/auth/password", { method: "POST", body: { currentPassword, newPassword } }),
    centres: (signal?: AbortSignal, includeInactive = false) =>
      request<CentreList>(`/api/centres${includeInactive ? "?includeInactive=true" : ""}`, { signal }),
    createCentre: (centre: NewCentre) => request<Centre>("/api/centres", { method: "POST", body: centre }),
    updateCentre: (id: string, change: CentreChange) =>
      request<Centre>(`/api/centres/${id}`, { method: "PATCH", body: change }),
    users: (signal?: AbortSignal) => request<UserList>("/api/users", { signal }),
    createUser: (user: NewUser) => request<LinkResult>("/api/users", { method: "POST", body: user }),
    changeUserScope: (userId: string, scope: ScopeChange) =>
      request<ManagedUser>(`/api/users/${userId}/scope`, { method: "PUT", body: scope }),
    deactivateUser: (userId: string) => request<ManagedUser>(`/api/users/${userId}/deactivate`, { method: "POST" }),
    reactivateUser: (userId: string) => request<ManagedUser>(`/api/users/${userId}/reactivate`, { method: "POST" }),
    newUserLink: (userId: string) => request<LinkResult>(`/api/users/${userId}/link`, { method: "POST" }),
    regions: (signal?: AbortSignal) => request<RegionList>("/api/regions", { signal }),
    changeRegion: (code: string, change: RegionChange) =>
      request<RegionList["regions"][number]>(`/api/regions/${code}`, { method: "PATCH", body: change }),
    coordinators: (centreId: string, signal?: AbortSignal) =>
      request<CoordinatorList>(`/api/centres/${centreId}/coordinators`, { signal }),
    inviteCoordinator: (centreId: string, person: CoordinatorInvite) =>
      request<InviteResult>(`/api/centres/${centreId}/coordinators`, { method: "POST", body: person }),
    renewInvite: (centreId: string, userId: string) =>
      request<InviteResult>(`/api/centres/${centreId}/coordinators/${userId}/invite`, { method: "POST" }),
    removeCoordinator: (centreId: string, userId: string) =>
      request<void>(`/api/centres/${centreId}/coordinators/${userId}`, { method: "DELETE" }),
    lookupInvite: (token: string) =>
      request<{ email: string; displayName: string }>("/api/invites/lookup", { method: "POST", body: { token } }),
    acceptInvite: (token: string, password: string) =>
      request<{ email: string }>("/api/invites/accept", { method: "POST", body: { token, password } }),
    surveyDefinition: (kind: string, year: number, signal?: AbortSignal) =>
      request<SurveyDefinition>(`/api/surveys/${kind}/${year}?locale=sv`, { signal }),
    followUp: (centreId: string, year: number, signal?: AbortSignal) =>
      request<FollowUp>(`/api/centres/${centreId}/follow-ups/${year}`, { signal }),
    saveFollowUpDraft: (
      centreId: string,
      year: number,
      draft: { version: number; answers: Record<string, unknown> },
      keepalive = false,
    ) =>
      request<FollowUpStepResult>(`/api/centres/${centreId}/follow-ups/${year}/draft`, {
        method: "PUT",
        body: draft,
        keepalive,
      }),
    followUpStep: (centreId: string, year: number, step: FollowUpStep, body: { version: number; comment?: string }) =>
      request<FollowUpStepResult>(`/api/centres/${centreId}/follow-ups/${year}/${step}`, { method: "POST", body }),
    municipalities: (regionCode: string, signal?: AbortSignal) =>
      request<MunicipalityList>(`/api/regions/${regionCode}/municipalities`, { signal }),
    periods: (regionCode: string, year: number, signal?: AbortSignal) =>
      request<Periods>(`/api/regions/${regionCode}/periods/${year}`, { signal }),
    setPeriods: (regionCode: string, year: number, periods: PeriodInput[]) =>
      request<Periods>(`/api/regions/${regionCode}/periods/${year}`, { method: "PUT", body: { periods } }),
    progress: (regionCode: string, year: number, signal?: AbortSignal) =>
      request<Progress>(`/api/regions/${regionCode}/progress?year=${year}`, { signal }),
    auditLog: (regionCode: string, year: number, kind: string, signal?: AbortSignal) =>
      request<AuditLog>(
        `/api/regions/${regionCode}/audit-log?year=${year}&limit=100${kind ? `&kind=${encodeURIComponent(kind)}` : ""}`,
        { signal },
      ),
    centre: (id: string, signal?: AbortSignal) => request<Centre>(`/api/centres/${id}`, { signal }),
    results: (survey: ResultsSurvey, year: number, scope: string, signal?: AbortSignal) =>
      request<ResultsOverview>(`/api/results/${survey}/${year}?scope=${encodeURIComponent(scope)}`, { signal }),
    resultParts: (survey: ResultsSurvey, year: number, scope: string, signal?: AbortSignal) =>
      request<ResultsParts>(`/api/results/${survey}/${year}/parts?scope=${encodeURIComponent(scope)}`, { signal }),
    resultTrend: (survey: ResultsSurvey, scope: string, signal?: AbortSignal) =>
      request<ResultsTrend>(`/api/results/${survey}/trend?scope=${encodeURIComponent(scope)}`, { signal }),
    resultComments: (survey: ResultsSurvey, year: number, centreId: string, signal?: AbortSignal) =>
      request<ResultsComments>(`/api/results/${survey}/${year}/comments?centre=${centreId}`, { signal }),
    report: (path: string, signal?: AbortSignal) => request<ReportModel>(path, { signal }),
    saveReportText: (path: string, chapter: string, text: string, version: number) =>
      request<ReportStep>(`${path}/chapters/${chapter}`, { method: "PUT", body: { text, version } }),
    chooseReportExamples: (path: string, centreIds: string[], version: number) =>
      request<ReportStep>(`${path}/examples`, { method: "PUT", body: { centreIds, version } }),
    reportStep: (path: string, step: "finalize" | "reopen", version: number) =>
      request<ReportStep>(`${path}/${step}`, { method: "POST", body: { version } }),
    reportExport: (path: string, format: "docx" | "pptx" | "xlsx") => download(`${path}/export.${format}`),
    followUpFigures: (year: number, scope: string, signal?: AbortSignal) =>
      request<FollowUpFigures>(`/api/results/kvalitetsuppfoljning/${year}?scope=${encodeURIComponent(scope)}`, {
        signal,
      }),
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
    tokenActivity: (centreId: string, year: number, signal?: AbortSignal) =>
      request<TokenActivity>(`/api/centres/${centreId}/token-activity?year=${year}`, { signal }),
    exclude: (centreId: string, exclusion: { tokenId: string; from: string; to: string; reason: string }) =>
      request<Exclusion>(`/api/centres/${centreId}/exclusions`, { method: "POST", body: exclusion }),
    revokeExclusion: (centreId: string, exclusionId: string) =>
      request<void>(`/api/centres/${centreId}/exclusions/${exclusionId}/revoke`, { method: "POST" }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The server's message, with the fields it names, as one sentence to show. */
export function describeApiError(error: ApiError): string {
  const fields = error.body.details.map((d) => `${d.field.replace(/^(body|query|params)\./, "")} ${d.message}`);
  return fields.length > 0 && error.body.error === "validation_failed"
    ? `Uppgifterna innehåller fel: ${fields.join("; ")}.`
    : error.message;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === "object" && value !== null && "error" in value && "message" in value;
}

function fallbackError(status: number): ApiErrorBody {
  return { error: "http_error", message: `Servern svarade med fel (${status}).`, details: [] };
}
