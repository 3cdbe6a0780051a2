import type { FollowUpFigures } from "@fcs/contracts";
import { seriesStyleOf } from "@fcs/contracts/chart-style";
import { useState } from "react";
import { Link } from "react-router";
import { useFollowUpFigures } from "../../api/hooks/results.ts";
import { ChartFrame } from "../../components/ChartFrame.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { type BarSeries, HorizontalBars } from "../../components/HorizontalBars.tsx";
import { MunicipalityFilter, useMunicipalitiesOf } from "../../components/MunicipalityFilter.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { ActivityResults } from "./ActivityResults.tsx";
import { formatDecimal, formatPercent } from "./format.ts";

type Summary = FollowUpFigures["scopes"][number];

/** The quality follow-ups of a year: key figures, and compliance with the region's guideline per centre. */
export function FollowUpResults(props: { year: number; scope: string; link: (scope: string) => string }) {
  const figures = useFollowUpFigures(props.year, props.scope);
  return (
    <QueryStatus query={figures}>
      {(figures) => (
        <>
          <FiguresTable figures={figures} />
          <ActivityResults figures={figures} />
          <Compliance figures={figures} link={props.link} />
        </>
      )}
    </QueryStatus>
  );
}

function FiguresTable({ figures }: { figures: FollowUpFigures }) {
  const t = useMessages().results;
  const first = figures.scopes[0];
  const references = figures.guideline?.references ?? [];
  const reference = (key: string) => {
    const r = references.find((x) => x.key === key);
    return r ? `${formatDecimal(r.value)} (${r.label})` : t.noAnswer;
  };
  const value = (summary: Summary, key: string, kind: string) => {
    const v = summary.figures.find((f) => f.key === key)?.value;
    return v === null || v === undefined ? t.noAnswer : kind === "share" ? formatPercent(v) : formatDecimal(v);
  };
  return (
    <section aria-labelledby="followup-figures-title" className="results-section">
      <h2 id="followup-figures-title">{t.followUp.figuresTitle}</h2>
      {first && <p>{t.followUp.figuresIntro(first.approved, first.centres)}</p>}
      <div className="table-scroll">
        <DataTable
          caption={t.followUp.figuresTitle}
          columns={[
            t.followUp.figure,
            ...figures.scopes.map((s) => s.name),
            ...(references.length > 0 ? [t.followUp.reference] : []),
          ]}
          rows={figures.definitions.map((d) => ({
            key: d.key,
            header: d.label,
            cells: [
              ...figures.scopes.map((s) => value(s, d.key, d.kind)),
              ...(references.length > 0 ? [reference(d.key)] : []),
            ],
          }))}
        />
      </div>
    </section>
  );
}

/** "62 % (8 av 13)": a share of centres always says its denominator, the centres judged on the rule. */
function shareText(summary: Summary, rule: string, none: string) {
  const c = summary.compliance?.find((x) => x.rule === rule);
  return !c || c.share === null ? none : `${formatPercent(c.share)} (${c.met} av ${c.met + c.notMet})`;
}

type Rule = NonNullable<FollowUpFigures["guideline"]>["rules"][number];

/** A rule as its row says it: the text, how binding it is, and where in the document it comes from. */
function RuleName({ rule }: { rule: Rule }) {
  const t = useMessages().results.followUp;
  return (
    <>
      {rule.text}{" "}
      <span className={`rule-strength rule-strength-${rule.strength === "bör" ? "bor" : rule.strength}`}>
        {t.strengths[rule.strength]}
      </span>
      <details className="rule-source">
        <summary>{t.source}</summary>
        <p>
          {rule.source.section}: ”{rule.source.quote}”
        </p>
      </details>
    </>
  );
}

function Compliance({ figures, link }: { figures: FollowUpFigures; link: (scope: string) => string }) {
  const t = useMessages().results;
  const [municipality, setMunicipality] = useState("");
  const municipalities = useMunicipalitiesOf(figures.centres);
  const guideline = figures.guideline;
  if (!guideline)
    return (
      <section aria-labelledby="compliance-title" className="results-section">
        <h2 id="compliance-title">{t.followUp.complianceTitle}</h2>
        <p>{t.followUp.noGuideline}</p>
      </section>
    );
  const compared = figures.scopes.filter((s) => s.compliance);
  const series: BarSeries[] = compared.map((s, i) => {
    const shares = guideline.rules.map((rule) => s.compliance?.find((c) => c.rule === rule.id)?.share ?? null);
    return {
      name: s.name,
      style: seriesStyleOf({ scope: s.level }, i),
      values: shares.map((share) => (share === null ? undefined : Math.round(share * 100))),
      missing: shares.map((share) => (share === null ? t.noAnswerStub : undefined)),
    };
  });
  const centres = municipality ? figures.centres.filter((c) => c.municipality.code === municipality) : figures.centres;
  const ruleTable = (
    <DataTable
      caption={t.followUp.shareMeeting}
      columns={[t.followUp.rule, ...compared.map((s) => s.name)]}
      rows={guideline.rules.map((rule) => ({
        key: rule.id,
        header: <RuleName rule={rule} />,
        cells: compared.map((s) => shareText(s, rule.id, t.noAnswer)),
      }))}
    />
  );
  const first = figures.scopes[0];
  return (
    <section aria-labelledby="compliance-title" className="results-section">
      <h2 id="compliance-title">{t.followUp.complianceTitle}</h2>
      <p>{t.followUp.complianceIntro(guideline.source)}</p>
      {first && <p>{t.followUp.judgedOn(first.approved, first.centres)}</p>}
      <ChartFrame
        title={t.followUp.shareMeeting}
        summary={guideline.rules
          .map((rule) => `${rule.text}: ${compared[0] ? shareText(compared[0], rule.id, t.noAnswer) : t.noAnswer}`)
          .join(". ")}
        chart={<HorizontalBars categories={guideline.rules.map((rule) => rule.text)} series={series} />}
        table={ruleTable}
      />
      {figures.municipalities.length > 0 && (
        <div className="table-scroll">
          <DataTable
            caption={`${t.followUp.shareMeeting}: ${t.followUp.perMunicipality.toLowerCase()}`}
            columns={[
              t.followUp.rule,
              ...figures.municipalities.map((m) => (
                <Link key={m.id} to={link(m.id)}>
                  {m.name}
                </Link>
              )),
            ]}
            rows={guideline.rules.map((rule) => ({
              key: rule.id,
              header: <RuleName rule={rule} />,
              cells: figures.municipalities.map((m) => shareText(m, rule.id, t.noAnswer)),
            }))}
          />
        </div>
      )}
      {figures.centres.length > 0 && (
        <>
          <h3>{t.followUp.perCentre}</h3>
          {municipalities.length > 1 && (
            <MunicipalityFilter municipalities={municipalities} value={municipality} onChange={setMunicipality} />
          )}
          <div className="table-scroll">
            <DataTable
              className="compliance-table"
              caption={`${t.followUp.complianceTitle}: ${t.followUp.perCentre.toLowerCase()}`}
              columns={[t.name, t.followUp.status, ...guideline.rules.map((rule) => rule.text)]}
              rows={centres.map((c) => {
                const outcomes = guideline.rules.map((rule) => c.outcomes[rule.id] ?? "not_answered");
                return {
                  key: c.id,
                  header: <Link to={link(`centre:${c.id}`)}>{c.name}</Link>,
                  cells: [t.followUp.statuses[c.status], ...outcomes.map((o) => t.followUp.outcomes[o])],
                  cellClassNames: [undefined, ...outcomes.map((o) => `outcome outcome-${o}`)],
                };
              })}
            />
          </div>
        </>
      )}
    </section>
  );
}
