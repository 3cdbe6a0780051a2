import { QueryClient, type QueryKey, type UseQueryResult, useMutation, useQueryClient } from "@tanstack/react-query";
import { useSession } from "../features/auth/session.tsx";
import { type ApiClient, ApiError } from "./client.ts";

/**
 * The server state of the staff app. A refusal from the API (4xx) is not tried again, a network
 * failure once; what was read stays fresh for half a minute and is read again when a change
 * invalidates it, not when the window gets focus (a form being filled in must not move).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof ApiError) && failures < 1,
      },
      mutations: { retry: false },
    },
  });
}

/** The typed API client of the signed-in session. */
export const useApi = (): ApiClient => useSession().api;

/** A change through the API that, when it succeeds, marks what it changed as stale so every view reads it again. */
export function useApiMutation<V, R>(
  change: (api: ApiClient, variables: V) => Promise<R>,
  invalidates: (variables: V) => QueryKey[],
) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => change(api, variables),
    onSuccess: (_result, variables) =>
      Promise.all(invalidates(variables).map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

/** What QueryStatus needs of a query: its state, its data or error, and a way to try again. */
export type QueryLike<T> =
  | { status: "pending"; refetch(): unknown }
  | { status: "error"; error: unknown; refetch(): unknown }
  | { status: "success"; data: T; refetch(): unknown };

/** Several queries shown as one: waiting while any waits, failed if any failed, their data together once all are there. */
export function allOf<const Q extends readonly UseQueryResult[]>(
  ...queries: Q
): QueryLike<{ [K in keyof Q]: NonNullable<Q[K]["data"]> }> {
  const refetch = () => Promise.all(queries.filter((q) => q.status === "error").map((q) => q.refetch()));
  const failed = queries.find((q) => q.status === "error");
  if (failed) return { status: "error", error: failed.error, refetch };
  if (queries.some((q) => q.status !== "success")) return { status: "pending", refetch };
  return {
    status: "success",
    data: queries.map((q) => q.data) as { [K in keyof Q]: NonNullable<Q[K]["data"]> },
    refetch,
  };
}
