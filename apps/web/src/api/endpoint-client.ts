import type { Endpoint, EndpointInput, EndpointOutput } from "@fcs/contracts/endpoint";
import type { Route } from "@fcs/contracts/paths";

/** What every call may add: a way to cancel it, and letting it finish after the page is closed. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Lets the request finish after the page is closed (the follow-up's last autosave). */
  keepalive?: boolean;
  headers?: Record<string, string>;
}

type Input<E extends Endpoint> = EndpointInput<E> & CallOptions;

/** One endpoint as a function: its params, query and body in, its success body out (typed by the contract). */
export type Call<E extends Endpoint> = keyof EndpointInput<E> extends never
  ? (input?: Input<E>) => Promise<EndpointOutput<E>>
  : (input: Input<E>) => Promise<EndpointOutput<E>>;

/** An area of the API as an object of calls, e.g. `api.regions.list()`. */
export type AreaClient<G extends Record<string, Endpoint>> = { [N in keyof G]: Call<G[N]> };

/** Sends one request; the client of the staff app and the kiosk's each say how (headers, errors). */
export type Send = (route: Route, url: string, body: unknown, options: CallOptions) => Promise<unknown>;

interface RawInput extends CallOptions {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

/** The URL of a route with its path parameters filled in and its query appended (empty values left out). */
export function urlOf(route: Route, input: Pick<RawInput, "params" | "query"> = {}): string {
  const path = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = input.params?.[name];
    if (value === undefined) throw new Error(`${route.path}: no value for :${name}`);
    return encodeURIComponent(String(value));
  });
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** The calls of one area of the API, from its routes in the path table; the types come from its endpoints. */
export function areaClient<G extends Record<string, Endpoint>>(
  routes: { [N in keyof G]: Route },
  send: Send,
): AreaClient<G> {
  const calls: Record<string, (input?: RawInput) => Promise<unknown>> = {};
  for (const [name, route] of Object.entries(routes)) {
    calls[name] = (input = {}) => {
      const { params, query, body, ...options } = input;
      return send(route, urlOf(route, { params, query }), body, options);
    };
  }
  return calls as AreaClient<G>;
}
