import { useQuery } from "@tanstack/react-query";
import { useApi } from "../query-client.ts";

/** Whom a one-time link is for; nothing is asked without a token. */
export function useInvitee(token: string) {
  const api = useApi();
  return useQuery({
    queryKey: ["invites", token],
    queryFn: () => api.invites.lookup({ body: { token } }),
    enabled: token !== "",
    staleTime: Number.POSITIVE_INFINITY,
  });
}
