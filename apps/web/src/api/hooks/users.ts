import type { NewUser, ScopeChange } from "@fcs/contracts";
import { useQuery } from "@tanstack/react-query";
import { useApi, useApiMutation } from "../query-client.ts";

export const userKeys = { all: ["users"] as const };

/** The accounts the caller administers. */
export function useUsers() {
  const api = useApi();
  return useQuery({ queryKey: userKeys.all, queryFn: ({ signal }) => api.users.list({ signal }) });
}

export const useCreateUser = () =>
  useApiMutation(
    (api, user: NewUser) => api.users.create({ body: user }),
    () => [userKeys.all],
  );

export const useChangeUserScope = () =>
  useApiMutation(
    (api, { id, scope }: { id: string; scope: ScopeChange }) => api.users.changeScope({ params: { id }, body: scope }),
    () => [userKeys.all],
  );

/** A new one-time link: an invitation, or a reset for someone who has a password. */
export const useNewUserLink = () =>
  useApiMutation(
    (api, id: string) => api.users.newLink({ params: { id } }),
    () => [userKeys.all],
  );

/** Deactivate or reactivate: the list shows the new status at once. */
export const useUserActivation = () =>
  useApiMutation(
    (api, { id, active }: { id: string; active: boolean }) =>
      active ? api.users.reactivate({ params: { id } }) : api.users.deactivate({ params: { id } }),
    () => [userKeys.all],
  );
