import { type AnonymousSurveyKind, surveysInDisplayOrder as surveys } from "@fcs/surveys/kinds";
import { useCallback, useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { useFollowUpFigures, useResultsOverview } from "../../api/hooks/results.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { FollowUpResults } from "./FollowUpResults.tsx";
import { SurveyResults } from "./SurveyResults.tsx";
import type { ScopeOption } from "./scope-options.ts";
import { WithScopeOptions } from "./WithScopeOptions.tsx";

type Survey = (typeof surveys)[number];
const currentYear = new Date().getFullYear();
const years = [currentYear, currentYear - 1, currentYear - 2, currentYear - 3, currentYear - 4];

/** "Resultat" (for a local coordinator "Min familjecentral"): the dashboards of every survey, by year and area. */
export function ResultsPage() {
  return <WithScopeOptions>{(options) => <ResultsView options={options} />}</WithScopeOptions>;
}

function ResultsView({ options }: { options: ScopeOption[] }) {
  const t = useMessages().results;
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  // The URL holds the view, so it can be bookmarked and shared.
  const requested = params.get("enkat");
  const survey: Survey = surveys.includes(requested as Survey) ? (requested as Survey) : "besok_vuxen";
  const year = Number(params.get("ar")) || currentYear;
  const scope = params.get("omrade") ?? options[0]?.id ?? "all";
  const chain = useScopeChain(survey, year, scope);
  const link = useCallback(
    (next: string) => {
      const query = new URLSearchParams(params);
      query.set("omrade", next);
      return `?${query.toString()}`;
    },
    [params],
  );
  const choose = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };
  const current = chain[0]?.id === scope ? chain[0] : undefined;
  const shownOptions = useMemo(
    () => (options.some((o) => o.id === scope) ? options : [{ id: scope, name: current?.name ?? scope }, ...options]),
    [options, scope, current],
  );
  const heading = user.role === "local_coordinator" ? t.navLocal : t.nav;

  return (
    <>
      <PageHeading>{current ? `${heading}: ${current.name}` : heading}</PageHeading>
      <div className="filters">
        <SelectField
          label={t.surveyLabel}
          value={survey}
          options={surveys.map((s) => ({ value: s, label: t.surveys[s] }))}
          onChange={(value) => choose("enkat", value)}
        />
        <SelectField
          label={t.yearLabel}
          value={year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(value) => choose("ar", value)}
        />
        <SelectField
          label={t.scopeLabel}
          value={scope}
          options={shownOptions.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(value) => choose("omrade", value)}
        />
      </div>
      {chain.length > 1 && (
        <nav aria-label={t.breadcrumb} className="breadcrumb">
          <ol>
            {[...chain].reverse().map((s) => (
              <li key={s.id}>
                {s.id === scope ? <span aria-current="page">{s.name}</span> : <Link to={link(s.id)}>{s.name}</Link>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h2 className="results-survey">{`${t.surveys[survey]} ${year}`}</h2>
      {survey === "kvalitetsuppfoljning" ? (
        <FollowUpResults year={year} scope={scope} link={link} />
      ) : (
        <SurveyResults survey={survey} year={year} scope={scope} link={link} />
      )}
    </>
  );
}

/** The scope and the larger areas above it, as the survey's results name them (the same query the view reads). */
function useScopeChain(survey: Survey, year: number, scope: string) {
  const followUp = survey === "kvalitetsuppfoljning";
  const visitors: AnonymousSurveyKind = followUp ? "besok_vuxen" : survey;
  const figures = useFollowUpFigures(year, scope, followUp);
  const overview = useResultsOverview(visitors, year, scope, !followUp);
  return (followUp ? figures.data?.scopes : overview.data?.scopes) ?? [];
}
