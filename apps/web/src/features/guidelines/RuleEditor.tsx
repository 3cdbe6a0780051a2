import type { GuidelineRuleInput, GuidelineSet } from "@fcs/contracts";
import { useId } from "react";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { ConditionEditor } from "./ConditionEditor.tsx";
import { conditionOf, leavesOf, startingCondition } from "./conditions.ts";

type Question = GuidelineSet["questions"][number];

/** One rule: what it says, how binding it is, where it comes from, and what it checks. */
export function RuleEditor(props: {
  number: number;
  rule: GuidelineRuleInput;
  questions: Question[];
  onChange: (rule: GuidelineRuleInput) => void;
  onRemove: () => void;
}) {
  const t = useMessages().guidelines;
  const id = useId();
  const { rule, questions } = props;
  const leaves = leavesOf(rule.check);
  const change = (patch: Partial<GuidelineRuleInput>) => props.onChange({ ...rule, ...patch });
  const firstQuestion = questions[0];
  const only = rule.appliesWhen ? leavesOf(rule.appliesWhen)[0] : undefined;

  return (
    <fieldset className="rule-editor">
      <legend>
        {t.rule(props.number)}: {rule.text || t.newRule}
      </legend>
      <TextField
        id={`${id}-text`}
        label={t.text}
        value={rule.text}
        maxLength={200}
        onChange={(text) => change({ text })}
      />
      <div className="field">
        <label htmlFor={`${id}-strength`}>{t.strength}</label>
        <select
          id={`${id}-strength`}
          value={rule.strength}
          onChange={(e) => change({ strength: e.target.value as GuidelineRuleInput["strength"] })}
        >
          {(["ska", "bör", "rekommendation"] as const).map((s) => (
            <option key={s} value={s}>
              {t.strengths[s]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={`${id}-section`}
        label={t.section}
        value={rule.source.section}
        maxLength={200}
        onChange={(section) => change({ source: { ...rule.source, section } })}
      />
      <div className="field">
        <label htmlFor={`${id}-quote`}>{t.quote}</label>
        <textarea
          id={`${id}-quote`}
          rows={2}
          maxLength={1000}
          value={rule.source.quote}
          onChange={(e) => change({ source: { ...rule.source, quote: e.target.value } })}
        />
      </div>
      <p className="rule-conditions-title">{t.conditions}</p>
      {leaves.map((leaf, k) => (
        <ConditionEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no identity but their place
          key={k}
          legend={t.condition(k + 1)}
          condition={leaf}
          questions={questions}
          onChange={(next) => change({ check: conditionOf(leaves.map((l, j) => (j === k ? next : l))) })}
          onRemove={
            leaves.length > 1 ? () => change({ check: conditionOf(leaves.filter((_, j) => j !== k)) }) : undefined
          }
          removeLabel={t.removeCondition(k + 1)}
        />
      ))}
      {firstQuestion && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => change({ check: conditionOf([...leaves, startingCondition(firstQuestion)]) })}
        >
          {t.addCondition}
        </button>
      )}
      <div className="checkbox-field">
        <input
          id={`${id}-only`}
          type="checkbox"
          checked={only !== undefined}
          onChange={(e) => {
            const { appliesWhen: _, ...rest } = rule;
            props.onChange(
              e.target.checked && firstQuestion ? { ...rest, appliesWhen: startingCondition(firstQuestion) } : rest,
            );
          }}
        />
        <label htmlFor={`${id}-only`}>{t.onlyWhenToggle}</label>
      </div>
      {only && (
        <ConditionEditor
          legend={t.onlyWhen}
          condition={only}
          questions={questions}
          onChange={(appliesWhen) => change({ appliesWhen })}
        />
      )}
      <button type="button" className="button-secondary" onClick={props.onRemove}>
        {t.removeRule(props.number)}
      </button>
    </fieldset>
  );
}
