import type { GuidelineRuleInput, GuidelineSet } from "@fcs/contracts";
import { useState } from "react";
import { ApiError } from "../../api/client.ts";
import { useCentres } from "../../api/hooks/centres.ts";
import { useGuidelineSet, usePublishGuidelineSet, useSaveGuidelineSet } from "../../api/hooks/guidelines.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { RegionYearFilters, useRegionYear } from "../../components/RegionYearFilters.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { RuleEditor } from "./RuleEditor.tsx";

const currentYear = new Date().getFullYear();
const years = [currentYear + 1, currentYear, currentYear + 2, currentYear - 1];

/** "Riktlinjer": the county coordinator keeps the region's guideline for a coming year. */
export function GuidelinesPage() {
  const centres = useCentres();
  return (
    <QueryStatus query={centres}>
      {({ centres }) => {
        const regions = [...new Map(centres.map((c) => [c.region.code, c.region.name])).entries()];
        return regions.length > 0 ? <GuidelinesView regions={regions} /> : <NoRegion />;
      }}
    </QueryStatus>
  );
}

/** Nobody's region has a centre yet: there is no region's guideline to keep. */
function NoRegion() {
  const t = useMessages().guidelines;
  return (
    <>
      <PageHeading>{t.nav}</PageHeading>
      <p>{t.noRegion}</p>
    </>
  );
}

function GuidelinesView({ regions }: { regions: [code: string, name: string][] }) {
  const t = useMessages().guidelines;
  const { year, region, choose } = useRegionYear(regions, currentYear + 1);
  const set = useGuidelineSet(region, year);
  return (
    <>
      <PageHeading>{t.title(year)}</PageHeading>
      <p>{t.intro}</p>
      <RegionYearFilters
        regions={regions}
        years={years}
        year={year}
        region={region}
        labels={{ year: t.yearLabel, region: t.regionLabel }}
        choose={choose}
      />
      <QueryStatus query={set}>
        {(loaded) => <RuleSetEditor key={`${region}-${year}-${loaded.version}`} initial={loaded} />}
      </QueryStatus>
    </>
  );
}

/** "Regel 3: …" for the API's "body.rules.2.check" and the like. */
function whereOf(field: string, ruleLabel: (n: number) => string): string {
  const rule = /^body\.rules\.(\d+)/.exec(field);
  return rule ? ruleLabel(Number(rule[1]) + 1) : field.replace(/^body\./, "");
}

function RuleSetEditor({ initial }: { initial: GuidelineSet }) {
  const messages = useMessages();
  const t = messages.guidelines;
  const [set, setSet] = useState(initial);
  const [source, setSource] = useState(initial.source);
  const [rules, setRules] = useState<GuidelineRuleInput[]>(initial.rules);
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState("");
  const save = useSaveGuidelineSet(initial.region, initial.year);
  const publish = usePublishGuidelineSet(initial.region, initial.year);
  const { error, run } = useAction(messages.errors.network);

  const attempt = (action: () => Promise<GuidelineSet>, message: string) =>
    run(async () => {
      setDone("");
      setProblems([]);
      try {
        const result = await action();
        setSet(result);
        setDone(message);
      } catch (caught) {
        if (caught instanceof ApiError && caught.body.error === "invalid_rules") {
          setProblems(caught.body.details.map((d) => t.problemAt(whereOf(d.field, t.rule), d.message)));
          return;
        }
        throw caught;
      }
    });
  const saveDraft = () => attempt(() => save.mutateAsync({ source, rules, version: set.version }), t.saved);

  if (!set.editable)
    return (
      <>
        <p className="report-status">{t.status[set.status]}</p>
        <p>{t.readOnly}</p>
        <p>{set.source}</p>
        <ol className="rule-list">
          {set.rules.map((r) => (
            <li key={r.id}>
              {r.text} <span className="rule-strength">{t.strengths[r.strength]}</span>
              <p className="field-hint">
                {r.source.section}: ”{r.source.quote}”
              </p>
            </li>
          ))}
        </ol>
      </>
    );

  return (
    <form
      className="rule-set"
      onSubmit={(event) => {
        event.preventDefault();
        void saveDraft();
      }}
    >
      <p className="report-status">{t.status[set.status]}</p>
      <TextField id="guideline-source" label={t.source} value={source} maxLength={300} onChange={setSource} />
      {rules.map((rule, k) => (
        <RuleEditor
          key={rule.id}
          number={k + 1}
          rule={rule}
          questions={set.questions}
          onChange={(next) => setRules((current) => current.map((r, j) => (j === k ? next : r)))}
          onRemove={() => setRules((current) => current.filter((_, j) => j !== k))}
        />
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          const first = set.questions.find((q) => q.kind === "boolean") ?? set.questions[0];
          if (!first) return;
          const taken = new Set(rules.map((r) => r.id));
          let n = rules.length + 1;
          while (taken.has(`egen_${n}`)) n += 1;
          setRules((current) => [
            ...current,
            {
              id: `egen_${n}`,
              text: "",
              strength: "ska",
              source: { section: "", quote: "" },
              check: { key: first.key, is: true },
            },
          ]);
        }}
      >
        {t.addRule}
      </button>
      {problems.length > 0 && (
        <div role="alert" className="form-problems">
          <p>{t.problemsTitle}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        <button type="submit">{t.save}</button>
        {set.status === "draft" && (
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t.confirmPublish(set.year)))
                void attempt(() => publish.mutateAsync(set.version), t.published);
            }}
          >
            {t.publish}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite">
        {done}
      </p>
      <ActionError message={error} />
    </form>
  );
}
