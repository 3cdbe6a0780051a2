import { type AnonymousSurveyKind, anonymousSurveysInDisplayOrder } from "@fcs/surveys/kinds";
import { useSearchParams } from "react-router";
import { SelectField } from "../../components/SelectField.tsx";
import { useMessages } from "../../i18n/index.ts";

/**
 * Which paper form a page is about, kept in the address (`?enkat=besok_barn&sprak=ar&ar=2026`)
 * so it can be bookmarked: the survey, the year (this year unless named) and the language.
 */
export function usePaperFormChoice() {
  const [search, setSearch] = useSearchParams();
  const named = search.get("enkat") ?? "";
  const survey: AnonymousSurveyKind = (anonymousSurveysInDisplayOrder as readonly string[]).includes(named)
    ? (named as AnonymousSurveyKind)
    : "besok_vuxen";
  const choose = (key: "enkat" | "sprak", value: string) =>
    setSearch(
      (current) => {
        current.set(key, value);
        // Another survey may not have the language chosen for the last one.
        if (key === "enkat") current.delete("sprak");
        return current;
      },
      { replace: true },
    );
  return {
    survey,
    year: Number(search.get("ar")) || new Date().getFullYear(),
    locale: search.get("sprak") ?? "sv",
    choose,
  };
}

/** The choice of survey, as both paper pages offer it. */
export function SurveyChoice({ survey, onChange }: { survey: AnonymousSurveyKind; onChange(value: string): void }) {
  const t = useMessages().collection;
  return (
    <SelectField
      label={t.paperSurvey}
      value={survey}
      options={anonymousSurveysInDisplayOrder.map((kind) => ({ value: kind, label: t.surveys[kind] }))}
      onChange={onChange}
    />
  );
}
