import type { Static, TSchema } from "typebox";
import { ErrorSchema } from "./error.ts";
import type { Route } from "./paths.ts";
import type { Action } from "./permissions.ts";

/**
 * Who may call an endpoint: a signed-in user allowed the action by the permission table,
 * anyone (sign-in, invitations, survey definitions), or a tablet or link by its collection token.
 */
export type Access = Action | "public" | "collection-token";

/** One endpoint of the API: where it is (from the path table), who may call it, and its schemas. */
export interface Endpoint extends Route {
  access: Access;
  tag: string;
  summary: string;
  description?: string;
  params?: TSchema;
  querystring?: TSchema;
  headers?: TSchema;
  body?: TSchema;
  /** Every status the endpoint answers with, errors included; a success without a schema is a file. */
  response: Readonly<Record<number, TSchema>>;
}

/** Joins a route of the path table with what the endpoint accepts and answers. */
export const endpoint = <const R extends Route, const S extends Omit<Endpoint, keyof Route>>(route: R, spec: S) =>
  ({ ...route, ...spec }) as R & S;

/** The error statuses an endpoint answers, each with the one error shape. */
export function errors<const C extends readonly number[]>(...codes: C) {
  return Object.fromEntries(codes.map((code) => [code, ErrorSchema])) as { [K in C[number]]: typeof ErrorSchema };
}

/** The statuses an authorized endpoint can always answer with: bad input, no sign-in, not allowed, not found. */
export const guardedErrors = errors(400, 401, 403, 404);

type SuccessStatus = 200 | 201 | 202;
type Has<E, K extends string> = E extends { [P in K]: infer S extends TSchema } ? S : never;

/** What a client passes to call an endpoint: its params, query and body where it has them. */
export type EndpointInput<E extends Endpoint> = ([Has<E, "params">] extends [never]
  ? unknown
  : { params: Static<Has<E, "params">> }) &
  ([Has<E, "querystring">] extends [never] ? unknown : { query: Static<Has<E, "querystring">> }) &
  ([Has<E, "body">] extends [never] ? unknown : { body: Static<Has<E, "body">> });

/** What an endpoint answers on success (nothing for 204). */
export type EndpointOutput<E extends Endpoint> = {
  [S in SuccessStatus]: E["response"] extends { [P in S]: infer T extends TSchema } ? Static<T> : never;
}[SuccessStatus] extends infer O
  ? [O] extends [never]
    ? undefined
    : O
  : never;
