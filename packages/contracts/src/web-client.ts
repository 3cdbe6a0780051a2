/**
 * The header the web app sends on every call: the server then keeps the token out of the
 * sign-in answer, and accepts changes signed in by the session cookie (see docs/api.md).
 * A module of its own, free of the schema library, so the web's first download stays small.
 */
export const webClientHeader = "x-fcs-client";
