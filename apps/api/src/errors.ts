/** One field that was wrong, as returned in an error's `details`. */
export interface ErrorDetail {
  field: string;
  message: string;
}

/**
 * An error a service raises on purpose: a stable machine code, an HTTP status,
 * and a human message in Swedish that the UI may show as it is.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthorized = (message = "Du behöver logga in.") => new AppError(401, "unauthorized", message);
export const forbidden = (message = "Du har inte behörighet till detta.") => new AppError(403, "forbidden", message);
export const notFound = (message: string) => new AppError(404, "not_found", message);
