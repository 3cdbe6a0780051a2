import type { SurveyDefinition as DefinitionBody, KioskStatus, SubmitResponseBody } from "@fcs/contracts";
import type { Endpoints } from "@fcs/contracts/endpoints";
import { kioskPaths, surveyPaths } from "@fcs/contracts/paths";
import type { SurveyKind, VisitorLocale } from "@fcs/surveys/kinds";
import type { SurveyJson } from "@fcs/surveys/types";
import { areaClient, type Send } from "../../api/endpoint-client.ts";

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

/** The kiosk's sender: no session, its own error, and the token header where a call carries one. */
const send: Send = async (route, url, body, options) => {
  const response = await fetch(url, {
    method: route.method,
    headers: {
      accept: "application/json",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...options.headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await response.json().catch(() => ({}));
  if (!response.ok)
    throw new KioskApiError(response.status, payload.error ?? "http_error", payload.message ?? response.statusText);
  return payload;
};

const kiosk = areaClient<Endpoints["kiosk"]>(kioskPaths, send);
const surveys = areaClient<Endpoints["surveys"]>(surveyPaths, send);
const withToken = (token: string) => ({ "x-collection-token": token });

/** The few calls a tablet makes, from the same table of endpoints as the staff app; the token header decides the centre. */
export const kioskApi = {
  enrol: (code: string) => kiosk.enrol({ body: { code } }),
  status: (token: string) => kiosk.status({ headers: withToken(token) }),
  definition: async (survey: SurveyKind, year: number, locale: VisitorLocale): Promise<SurveyDefinition> => {
    const body = await surveys.definition({ params: { kind: survey, year }, query: { locale } });
    return { ...body, definition: body.definition as SurveyJson };
  },
  submit: (token: string, response: SubmitResponseBody) => kiosk.submit({ body: response, headers: withToken(token) }),
};
