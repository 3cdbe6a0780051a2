import type { ResultsOverview } from "@fcs/contracts";
import type { AnonymousSurveyKind } from "@fcs/surveys/kinds";
import { useResultComments, useResultParts, useResultsOverview, useResultTrend } from "../../api/hooks/results.ts";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { type Messages, useMessages } from "../../i18n/index.ts";
import { useMay } from "../auth/useMay.ts";
import { CommentsSection } from "./CommentsSection.tsx";
import { countText } from "./format.ts";
import { PartsSection } from "./PartsSection.tsx";
import { ProfessionSection } from "./ProfessionSection.tsx";
import { QuestionsSection } from "./QuestionsSection.tsx";
import { SpiderSection } from "./SpiderSection.tsx";
import { SplitSection } from "./SplitSection.tsx";
import { TrendSection } from "./TrendSection.tsx";

const updatedFormat = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short" });

interface Props {
  survey: AnonymousSurveyKind;
  year: number;
  scope: string;
  link: (scope: string) => string;
}

/** The splits shown as tables: who answered (adults), the channel, the equality splits by an answer, the language. */
function splitsOf(overview: ResultsOverview, survey: AnonymousSurveyKind, t: Messages["results"]) {
  return [
    ...(survey === "besok_vuxen"
      ? [{ id: "visitor-split", split: overview.split, title: t.visitorSplitTitle, intro: t.visitorSplitIntro }]
      : []),
    { id: "channel-split", split: overview.channels, title: t.channelSplitTitle, intro: t.channelSplitIntro },
    ...overview.answerSplits.map((split) => ({
      id: `answer-split-${split.question}`,
      split,
      title: t.answerSplitTitle(split.title ?? split.question),
      intro: t.answerSplitIntro,
    })),
    { id: "language-split", split: overview.languages, title: t.languageSplitTitle, intro: t.languageSplitIntro },
  ];
}

/** The results of one visitor or staff survey for one scope and year, beside the larger areas above it. */
export function SurveyResults({ survey, year, scope, link }: Props) {
  const t = useMessages();
  const may = useMay();
  const overviewQuery = useResultsOverview(survey, year, scope);
  // The parts that show only when the caller may have them (parts, free text): a refusal just leaves them out.
  // Last year is drawn only in the spider's overlay.
  const previous = useResultsOverview(survey, year - 1, scope, survey === "spindel").data;
  const trend = useResultTrend(survey, scope).data;
  const parts = useResultParts(survey, year, scope).data;
  const centreId = scope.startsWith("centre:") && may("results.freeText") ? scope.slice("centre:".length) : undefined;
  const comments = useResultComments(survey, year, centreId).data;

  return (
    <QueryStatus query={overviewQuery}>
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
          {splitsOf(overview, survey, t.results).map(({ id, split, title, intro }) => (
            <SplitSection key={id} overview={overview} split={split} id={id} title={title} intro={intro} />
          ))}
          <QuestionsSection overview={overview} />
          {trend && <TrendSection trend={trend} />}
          {parts && <PartsSection parts={parts} link={link} />}
          {comments && <CommentsSection comments={comments} />}
        </>
      )}
    </QueryStatus>
  );
}
