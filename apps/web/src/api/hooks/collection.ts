import type { AnonymousSurveyKind } from "@fcs/surveys/kinds";
import { useQuery } from "@tanstack/react-query";
import { useApi, useApiMutation } from "../query-client.ts";

/** A centre's collection: answers so far, its tablets and links, their activity and exclusions. */
export const collectionKeys = {
  centre: (centreId: string) => ["collection", centreId] as const,
  counts: (centreId: string, year: number) => ["collection", centreId, "counts", year] as const,
  tokens: (centreId: string) => ["collection", centreId, "tokens"] as const,
  activity: (centreId: string, year: number) => ["collection", centreId, "activity", year] as const,
};

export function useRespondentCounts(centreId: string, year: number) {
  const api = useApi();
  return useQuery({
    queryKey: collectionKeys.counts(centreId, year),
    queryFn: ({ signal }) => api.collection.respondentCounts({ params: { id: centreId }, query: { year }, signal }),
  });
}

export function useCollectionTokens(centreId: string) {
  const api = useApi();
  return useQuery({
    queryKey: collectionKeys.tokens(centreId),
    queryFn: async ({ signal }) => (await api.collection.tokens({ params: { id: centreId }, signal })).tokens,
  });
}

export function useTokenActivity(centreId: string, year: number) {
  const api = useApi();
  return useQuery({
    queryKey: collectionKeys.activity(centreId, year),
    queryFn: ({ signal }) => api.exclusions.activity({ params: { id: centreId }, query: { year }, signal }),
  });
}

export const useCreateEnrolment = (centreId: string) =>
  useApiMutation(
    (api, label: string) => api.collection.createEnrolment({ params: { id: centreId }, body: label ? { label } : {} }),
    () => [collectionKeys.tokens(centreId)],
  );

export const useCreateLink = (centreId: string) =>
  useApiMutation(
    (api, body: { audience: "staff" | "visitors"; label?: string }) =>
      api.collection.createLink({ params: { id: centreId }, body }),
    () => [collectionKeys.tokens(centreId)],
  );

export const useSetKioskPin = (centreId: string) =>
  useApiMutation(
    (api, pin: string) => api.collection.setKioskPin({ params: { id: centreId }, body: { pin } }),
    () => [],
  );

/** A revoked tablet or link changes the list and the activity beside it. */
export const useRevokeToken = (centreId: string) =>
  useApiMutation(
    (api, tokenId: string) => api.collection.revokeToken({ params: { id: centreId, tokenId } }),
    () => [collectionKeys.centre(centreId)],
  );

export const useExclude = (centreId: string) =>
  useApiMutation(
    (api, exclusion: { tokenId: string; from: string; to: string; reason: string }) =>
      api.exclusions.exclude({ params: { id: centreId }, body: exclusion }),
    () => [collectionKeys.centre(centreId)],
  );

export const useRevokeExclusion = (centreId: string) =>
  useApiMutation(
    (api, exclusionId: string) => api.exclusions.revoke({ params: { id: centreId, exclusionId } }),
    () => [collectionKeys.centre(centreId)],
  );

/** One paper form as staff type it in; the centre's counts and its list of channels change with it. */
export const useEnterPaperResponse = (centreId: string) =>
  useApiMutation(
    (
      api,
      body: { id: string; survey: AnonymousSurveyKind; year: number; locale: string; answers: Record<string, unknown> },
    ) => api.collection.enterPaperResponse({ params: { id: centreId }, body }),
    () => [collectionKeys.tokens(centreId)],
  );
