import type { ResultsOverview } from "@fcs/contracts";
import { useCallback } from "react";
import type { ResultsSurvey } from "../../api/client.ts";
import { useApiQuery } from "../../api/useApiQuery.ts";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "../auth/session.tsx";
import { useMay } from "../auth/useMay.ts";
import { CommentsSection } from "./CommentsSection.tsx";
import { countText } from "./format.ts";
import { PartsSection } from "./PartsSection.tsx";
import { ProfessionSection } from "./ProfessionSection.tsx";
import { QuestionsSection } from "./QuestionsSection.tsx";
import { SpiderSection } from "./SpiderSection.tsx";
import { TrendSection } from "./TrendSection.tsx";
import { VisitorSplitSection } from "./VisitorSplitSection.tsx";

const updatedFormat = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short" });

interface Props {
  survey: ResultsSurvey;
  year: number;
  scope: string;
  link: (scope: string) => string;
  onScopes: (scopes: ResultsOverview["scopes"]) => void;
}

/** A part of the page that shows only when the caller may have it (parts, free text): a refusal just leaves it out. */
function useOptional<T>(load: (signal: AbortSignal) => Promise<T>, message: string): T | undefined {
  const { state } = useApiQuery(load, message);
  return state.status === "ready" ? state.data : undefined;
}

/** The results of one visitor or staff survey for one scope and year, beside the larger areas above it. */
export function SurveyResults({ survey, year, scope, link, onScopes }: Props) {
  const t = useMessages();
  const { api } = useSession();
  const may = useMay();
  const network = t.errors.network;
  const load = useCallback(
    async (signal: AbortSignal) => {
      const overview = await api.results(survey, year, scope, signal);
      onScopes(overview.scopes);
      return overview;
    },
    [api, survey, year, scope, onScopes],
  );
  const { state, retry } = useApiQuery(load, network);
  const previous = useOptional(
    // Last year is drawn only in the spider's overlay.
    useCallback(
      (s: AbortSignal) => (survey === "spindel" ? api.results(survey, year - 1, scope, s) : Promise.resolve(undefined)),
      [api, survey, year, scope],
    ),
    network,
  );
  const trend = useOptional(
    useCallback((s: AbortSignal) => api.resultTrend(survey, scope, s), [api, survey, scope]),
    network,
  );
  const parts = useOptional(
    useCallback((s: AbortSignal) => api.resultParts(survey, year, scope, s), [api, survey, year, scope]),
    network,
  );
  const centreId = scope.startsWith("centre:") && may("results.freeText") ? scope.slice("centre:".length) : undefined;
  const comments = useOptional(
    useCallback(
      (s: AbortSignal) => (centreId ? api.resultComments(survey, year, centreId, s) : Promise.resolve(undefined)),
      [api, survey, year, centreId],
    ),
    network,
  );

  return (
    <QueryStatus state={state} retry={retry}>
      {(overview) => (
        <>
          <p className="results-note">
            {t.results.publishedNote(
              overview.publication.updatedAt ? updatedFormat.format(new Date(overview.publication.updatedAt)) : null,
              overview.publication.newAnswersNeeded,
            )}{" "}
            {!overview.publication.released && t.results.splitsAfterClose[survey]}
          </p>
          <p className="results-note">{t.results.suppressedNote(overview.threshold)}</p>
          <table className="respondents">
            <caption>{t.results.respondentsTitle}</caption>
            <thead>
              <tr>
                {overview.scopes.map((s) => (
                  <th scope="col" key={s.id}>
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {overview.respondents.map((r, i) => (
                  <td key={overview.scopes[i]?.id}>{countText(r, t.results.suppressed)}</td>
                ))}
              </tr>
            </tbody>
          </table>
          {survey === "spindel" && <SpiderSection overview={overview} previous={previous} />}
          {survey === "spindel" && <ProfessionSection overview={overview} />}
          {survey === "besok_vuxen" && <VisitorSplitSection overview={overview} />}
          <QuestionsSection overview={overview} />
          {trend && <TrendSection trend={trend} />}
          {parts && <PartsSection parts={parts} link={link} />}
          {comments && <CommentsSection comments={comments} />}
        </>
      )}
    </QueryStatus>
  );
}
