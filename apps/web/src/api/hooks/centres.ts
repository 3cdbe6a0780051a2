import type { CentreChange, CoordinatorInvite, NewCentre } from "@fcs/contracts";
import { useQuery } from "@tanstack/react-query";
import { useApi, useApiMutation } from "../query-client.ts";

/** The centres, their coordinators: one hook per read, one per change, each change marking what it touched. */
export const centreKeys = {
  all: ["centres"] as const,
  list: (includeInactive: boolean) => ["centres", "list", includeInactive] as const,
  one: (id: string) => ["centres", "one", id] as const,
  coordinators: (id: string) => ["centres", "coordinators", id] as const,
};

export function useCentres(includeInactive = false) {
  const api = useApi();
  return useQuery({
    queryKey: centreKeys.list(includeInactive),
    queryFn: ({ signal }) => api.centres.list({ query: { includeInactive: includeInactive || undefined }, signal }),
  });
}

export function useCentre(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: centreKeys.one(id),
    queryFn: ({ signal }) => api.centres.get({ params: { id }, signal }),
  });
}

export const useCreateCentre = () =>
  useApiMutation(
    (api, centre: NewCentre) => api.centres.create({ body: centre }),
    () => [centreKeys.all],
  );

export const useUpdateCentre = () =>
  useApiMutation(
    (api, { id, change }: { id: string; change: CentreChange }) => api.centres.change({ params: { id }, body: change }),
    () => [centreKeys.all],
  );

export function useCoordinators(centreId: string) {
  const api = useApi();
  return useQuery({
    queryKey: centreKeys.coordinators(centreId),
    queryFn: ({ signal }) => api.coordinators.list({ params: { id: centreId }, signal }),
  });
}

export const useInviteCoordinator = (centreId: string) =>
  useApiMutation(
    (api, person: CoordinatorInvite) => api.coordinators.invite({ params: { id: centreId }, body: person }),
    () => [centreKeys.coordinators(centreId)],
  );

export const useRenewInvite = (centreId: string) =>
  useApiMutation(
    (api, userId: string) => api.coordinators.renewInvite({ params: { id: centreId, userId } }),
    () => [centreKeys.coordinators(centreId)],
  );

export const useRemoveCoordinator = (centreId: string) =>
  useApiMutation(
    (api, userId: string) => api.coordinators.remove({ params: { id: centreId, userId } }),
    () => [centreKeys.coordinators(centreId)],
  );
