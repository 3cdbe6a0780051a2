import type { FastifyError, FastifyInstance } from "fastify";
import { AppError, type ErrorDetail } from "../errors.ts";

/** The one error shape every failure of the API has. */
export interface ErrorBody {
  error: string;
  message: string;
  details: ErrorDetail[];
}

interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const frameworkErrors: Record<string, { status: number; error: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    error: "invalid_json",
    message: "Begärans innehåll är inte giltig JSON.",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: "invalid_json", message: "Begärans innehåll är tomt." },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: "payload_too_large", message: "Begärans innehåll är för stort." },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    error: "unsupported_media_type",
    message: "Innehållstypen stöds inte; skicka application/json.",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    error: "invalid_content_length",
    message: "Content-Length stämmer inte med innehållet.",
  },
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler<FastifyError | AppError>((error, request, reply) => {
    const body = toErrorBody(error);
    const status = statusOf(error);
    if (status >= 500) request.log.error({ err: error }, "request failed");
    else request.log.info({ code: body.error, status }, "request rejected");
    return reply.status(status).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      error: "not_found",
      message: `Det finns ingen resurs ${request.method} ${request.url.split("?")[0]}.`,
      details: [],
    };
    return reply.status(404).send(body);
  });
}

function statusOf(error: FastifyError | AppError): number {
  if (error instanceof AppError) return error.statusCode;
  if ("validation" in error && error.validation) return 400;
  const known = error.code ? frameworkErrors[error.code] : undefined;
  if (known) return known.status;
  const status = error.statusCode ?? 500;
  return status >= 400 && status < 600 ? status : 500;
}

function toErrorBody(error: FastifyError | AppError): ErrorBody {
  if (error instanceof AppError) return { error: error.code, message: error.message, details: error.details };
  if ("validation" in error && error.validation) {
    const details = (error.validation as AjvIssue[]).map((issue) =>
      describeIssue(issue, error.validationContext ?? "body"),
    );
    return { error: "validation_failed", message: "Begäran innehåller fel.", details };
  }
  const known = error.code ? frameworkErrors[error.code] : undefined;
  if (known) return { error: known.error, message: known.message, details: [] };
  const status = error.statusCode ?? 500;
  if (status === 429)
    return { error: "rate_limited", message: "För många försök. Vänta en stund och försök igen.", details: [] };
  if (status >= 400 && status < 500) return { error: "bad_request", message: error.message, details: [] };
  return { error: "internal_error", message: "Ett oväntat fel inträffade. Försök igen senare.", details: [] };
}

/** Turns an Ajv issue into a field path and a Swedish sentence a person can act on. */
function describeIssue(issue: AjvIssue, context: string): ErrorDetail {
  const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const base = path ? `${context}.${path}` : context;
  const p = issue.params;
  switch (issue.keyword) {
    case "required":
      return { field: joinField(base, String(p.missingProperty)), message: "saknas men krävs" };
    case "additionalProperties":
      return { field: joinField(base, String(p.additionalProperty)), message: "är inte ett känt fält" };
    case "type":
      return { field: base, message: `ska vara av typen ${String(p.type)}` };
    case "minLength":
      return { field: base, message: `ska vara minst ${String(p.limit)} tecken` };
    case "maxLength":
      return { field: base, message: `får vara högst ${String(p.limit)} tecken` };
    case "minimum":
      return { field: base, message: `ska vara minst ${String(p.limit)}` };
    case "maximum":
      return { field: base, message: `får vara högst ${String(p.limit)}` };
    case "format":
      return { field: base, message: `har fel format (förväntat ${String(p.format)})` };
    case "enum":
      return { field: base, message: `ska vara ett av: ${(p.allowedValues as unknown[]).join(", ")}` };
    case "const":
      return { field: base, message: `ska vara ${String(p.allowedValue)}` };
    case "pattern":
      return { field: base, message: "har fel format" };
    default:
      return { field: base, message: issue.message ?? "är ogiltigt" };
  }
}

const joinField = (base: string, name: string) => `${base}.${name}`;
