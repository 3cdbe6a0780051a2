import type {
  SurveyDefinition as DefinitionBody,
  Enrolled,
  KioskStatus,
  SubmitResponseBody,
  SubmitResponseResult,
} from "@fcs/contracts";
import type { SurveyJson } from "@fcs/surveys/types";

export type { KioskStatus };

/** The definition as the contract has it, its SurveyJS JSON typed for the kiosk's own renderer. */
export type SurveyDefinition = Omit<DefinitionBody, "definition"> & { definition: SurveyJson };

export class KioskApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: {
      accept: "application/json",
      ...(init.body ? { "content-type": "application/json" } : {}),
      ...init.headers,
    },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok)
    throw new KioskApiError(response.status, body.error ?? "http_error", body.message ?? response.statusText);
  return body as T;
}

/** The few calls a tablet makes; the token header decides the centre. */
export const kioskApi = {
  enrol: (code: string) => call<Enrolled>("/api/kiosk/enrol", { method: "POST", body: JSON.stringify({ code }) }),
  status: (token: string) => call<KioskStatus>("/api/kiosk/status", { headers: { "x-collection-token": token } }),
  definition: (survey: string, year: number, locale: string) =>
    call<SurveyDefinition>(`/api/surveys/${survey}/${year}?locale=${locale}`),
  submit: (token: string, response: SubmitResponseBody) =>
    call<SubmitResponseResult>("/api/responses", {
      method: "POST",
      headers: { "x-collection-token": token },
      body: JSON.stringify(response),
    }),
};
