import type { AnonymousSurveyKind } from "@fcs/surveys/kinds";
import { useQuery } from "@tanstack/react-query";
import { useApi } from "../query-client.ts";

/** The published results: nothing here changes by the user's hand, only by the daily publication. */
export const resultKeys = {
  all: ["results"] as const,
  overview: (survey: string, year: number, scope: string) => ["results", survey, year, scope] as const,
  parts: (survey: string, year: number, scope: string) => ["results", survey, year, scope, "parts"] as const,
  trend: (survey: string, scope: string) => ["results", survey, "trend", scope] as const,
  comments: (survey: string, year: number, centreId: string) =>
    ["results", survey, year, centreId, "comments"] as const,
};

export function useResultsOverview(survey: AnonymousSurveyKind, year: number, scope: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: resultKeys.overview(survey, year, scope),
    queryFn: ({ signal }) => api.results.overview({ params: { survey, year }, query: { scope }, signal }),
    enabled,
  });
}

export function useFollowUpFigures(year: number, scope: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: resultKeys.overview("kvalitetsuppfoljning", year, scope),
    queryFn: ({ signal }) => api.results.followUpFigures({ params: { year }, query: { scope }, signal }),
    enabled,
  });
}

export function useResultParts(survey: AnonymousSurveyKind, year: number, scope: string) {
  const api = useApi();
  return useQuery({
    queryKey: resultKeys.parts(survey, year, scope),
    queryFn: ({ signal }) => api.results.parts({ params: { survey, year }, query: { scope }, signal }),
  });
}

export function useResultTrend(survey: AnonymousSurveyKind, scope: string) {
  const api = useApi();
  return useQuery({
    queryKey: resultKeys.trend(survey, scope),
    queryFn: ({ signal }) => api.results.trend({ params: { survey }, query: { scope }, signal }),
  });
}

/** A centre's free text; asked only where the caller may read it. */
export function useResultComments(survey: AnonymousSurveyKind, year: number, centreId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: resultKeys.comments(survey, year, centreId ?? ""),
    queryFn: ({ signal }) =>
      api.results.comments({ params: { survey, year }, query: { centre: centreId ?? "" }, signal }),
    enabled: centreId !== undefined,
  });
}
