import type { GuidelineSet } from "@fcs/contracts";
import { useId } from "react";
import { useMessages } from "../../i18n/index.ts";
import type { Leaf } from "./conditions.ts";
import { type Operator, operatorOf, operatorsFor, startingCondition, withOperator } from "./conditions.ts";

type Question = GuidelineSet["questions"][number];

/** One condition on one question: the question, how it is compared, and the value. */
export function ConditionEditor(props: {
  legend: string;
  condition: Leaf;
  questions: Question[];
  onChange: (condition: Leaf) => void;
  onRemove?: () => void;
  removeLabel?: string;
}) {
  const t = useMessages().guidelines;
  const id = useId();
  const { condition, questions } = props;
  const question = questions.find((q) => q.key === condition.key);
  const operator = operatorOf(condition);
  const numeric = (value: string) => (value === "" ? 0 : Number(value));
  const select = (
    label: string,
    value: string,
    options: { value: string; label: string }[],
    on: (v: string) => void,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${label}`}>{label}</label>
      <select id={`${id}-${label}`} value={value} onChange={(e) => on(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const number = (label: string, value: number, on: (v: number) => void) => (
    <div className="field">
      <label htmlFor={`${id}-${label}`}>{label}</label>
      <input
        id={`${id}-${label}`}
        type="number"
        step="any"
        inputMode="decimal"
        value={String(value)}
        onChange={(e) => on(numeric(e.target.value))}
      />
    </div>
  );

  return (
    <fieldset className="rule-condition">
      <legend>{props.legend}</legend>
      {select(
        t.question,
        condition.key,
        [
          ...(question ? [] : [{ value: condition.key, label: condition.key }]),
          ...questions.map((q) => ({ value: q.key, label: q.title })),
        ],
        (key) => {
          const next = questions.find((q) => q.key === key);
          if (next) props.onChange(startingCondition(next));
        },
      )}
      {question &&
        select(
          t.operator,
          operator,
          operatorsFor(question).map((o) => ({ value: o, label: t.operators[o] ?? o })),
          (o) => props.onChange(withOperator(condition, o as Operator, question)),
        )}
      {"atLeast" in condition &&
        number(t.value, condition.atLeast, (v) => props.onChange({ ...condition, atLeast: v }))}
      {"atMost" in condition && number(t.value, condition.atMost, (v) => props.onChange({ ...condition, atMost: v }))}
      {"withinYears" in condition &&
        number(t.value, condition.withinYears, (v) => props.onChange({ ...condition, withinYears: v }))}
      {"between" in condition && (
        <>
          {number(t.value, condition.between[0], (v) =>
            props.onChange({ ...condition, between: [v, condition.between[1]] }),
          )}
          {number(t.upTo, condition.between[1], (v) =>
            props.onChange({ ...condition, between: [condition.between[0], v] }),
          )}
        </>
      )}
      {"is" in condition &&
        select(
          t.value,
          condition.is ? "true" : "false",
          [
            { value: "true", label: t.yes },
            { value: "false", label: t.no },
          ],
          (v) => props.onChange({ ...condition, is: v === "true" }),
        )}
      {"equals" in condition &&
        select(t.value, condition.equals, question?.options ?? [], (v) => props.onChange({ ...condition, equals: v }))}
      {"includes" in condition &&
        select(t.value, condition.includes, question?.options ?? [], (v) =>
          props.onChange({ ...condition, includes: v }),
        )}
      {props.onRemove && (
        <button type="button" className="button-secondary" onClick={props.onRemove}>
          {props.removeLabel}
        </button>
      )}
    </fieldset>
  );
}
