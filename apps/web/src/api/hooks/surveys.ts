import { useQuery } from "@tanstack/react-query";
import { useApi } from "../query-client.ts";

export const surveyKeys = {
  definition: (kind: string, year: number, locale: string) => ["surveys", kind, year, locale] as const,
};

/** A survey's definition in one of its languages; it does not change while the page is open. */
export function useLocalizedDefinition(kind: string, year: number, locale: string) {
  const api = useApi();
  return useQuery({
    queryKey: surveyKeys.definition(kind, year, locale),
    queryFn: ({ signal }) => api.surveys.definition({ params: { kind, year }, query: { locale }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
