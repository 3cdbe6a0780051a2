import type { SurveyJson } from "@fcs/surveys/types";

export interface KioskStatus {
  centreName: string;
  /** PBKDF2 hash of the staff PIN; checked on the tablet. */
  staffPin: string | null;
  surveys: { survey: "besok_vuxen" | "besok_barn" | "spindel"; year: number; open: boolean }[];
}

export interface SurveyDefinition {
  survey: string;
  year: number;
  locale: string;
  direction: "ltr" | "rtl";
  definition: SurveyJson;
  /** SurveyJS's interface texts in the locale: previous, next, complete, progress ("Sida {0} av {1}"), required. */
  texts: { previous: string; next: string; complete: string; progress: string; required: string };
}

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
  enrol: (code: string) =>
    call<{ token: string; label: string }>("/api/kiosk/enrol", { method: "POST", body: JSON.stringify({ code }) }),
  status: (token: string) => call<KioskStatus>("/api/kiosk/status", { headers: { "x-collection-token": token } }),
  definition: (survey: string, year: number, locale: string) =>
    call<SurveyDefinition>(`/api/surveys/${survey}/${year}?locale=${locale}`),
  submit: (token: string, response: { id: string; survey: string; year: number; locale: string; answers: unknown }) =>
    call<{ id: string; status: string }>("/api/responses", {
      method: "POST",
      headers: { "x-collection-token": token },
      body: JSON.stringify(response),
    }),
};
