import { useQuery } from "@tanstack/react-query";
import { useApi, useApiMutation } from "../query-client.ts";
import { useLocalizedDefinition } from "./surveys.ts";
import { yearKeys } from "./year.ts";

export const followUpKeys = {
  one: (centreId: string, year: number) => ["followUps", centreId, year] as const,
};

/**
 * A centre's quality follow-up of a year. The form saves its drafts itself and keeps its own
 * version, so what is cached is never shown again: it is read afresh each time a page opens it.
 */
export function useFollowUp(centreId: string, year: number) {
  const api = useApi();
  return useQuery({
    queryKey: followUpKeys.one(centreId, year),
    queryFn: ({ signal }) => api.followUps.get({ params: { id: centreId, year }, signal }),
    gcTime: 0,
  });
}

/** Saves the draft; the page keeps the version it gets back (nothing else shows the answers). */
export const useSaveDraft = (centreId: string, year: number) =>
  useApiMutation(
    (api, draft: { version: number; answers: Record<string, unknown>; keepalive: boolean }) =>
      api.followUps.saveDraft({
        params: { id: centreId, year },
        body: { version: draft.version, answers: draft.answers },
        keepalive: draft.keepalive,
      }),
    () => [],
  );

/** A survey's definition in Swedish, for the follow-up form. */
export const useSurveyDefinition = (kind: "kvalitetsuppfoljning", year: number) =>
  useLocalizedDefinition(kind, year, "sv");

export type FollowUpStep = "submit" | "return" | "approve";

/** Submitting, returning or approving moves the follow-up and the region's progress table. */
export const useFollowUpStep = (centreId: string, year: number) =>
  useApiMutation(
    (api, { step, body }: { step: FollowUpStep; body: { version: number; comment?: string } }) => {
      const params = { id: centreId, year };
      if (step === "return")
        return api.followUps.return({ params, body: { version: body.version, comment: body.comment ?? "" } });
      return api.followUps[step]({ params, body: { version: body.version } });
    },
    () => [followUpKeys.one(centreId, year), yearKeys.allProgress],
  );
