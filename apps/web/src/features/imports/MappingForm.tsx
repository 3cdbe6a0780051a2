import type { ImportFileView, ImportMapping } from "@fcs/contracts";
import { DataTable } from "../../components/DataTable.tsx";
import { useMessages } from "../../i18n/index.ts";

/** What a column means: not used, the centre, the year, or a question (by its key). */
const roleOf = (mapping: ImportMapping, column: string) =>
  mapping.centre === column ? "centre" : mapping.year === column ? "year" : (mapping.questions[column] ?? "");

function withRole(mapping: ImportMapping, column: string, role: string): ImportMapping {
  const questions = { ...mapping.questions };
  delete questions[column];
  const next = {
    ...mapping,
    centre: mapping.centre === column ? "" : mapping.centre,
    year: mapping.year === column ? "" : mapping.year,
    questions,
  };
  if (role === "centre") next.centre = column;
  else if (role === "year") next.year = column;
  else if (role !== "") {
    // One column per question: a question given to this column leaves the column it had.
    for (const [other, key] of Object.entries(questions)) if (key === role) delete questions[other];
    questions[column] = role;
  }
  return next;
}

/** The value a select shows for a value of the file: its mapped option, "no answer", or recognised by itself. */
const noAnswer = "\u0000";

/**
 * The columns of the file and what each means, then, for each question with options, the
 * file's values and the option each stands for. Values the API recognises by itself (an
 * option's value or name, a number on the scale) may stay as they are.
 */
export function MappingForm(props: {
  view: ImportFileView;
  mapping: ImportMapping;
  onChange(mapping: ImportMapping): void;
}) {
  const t = useMessages().imports;
  const { view, mapping, onChange } = props;
  const questionOf = new Map(view.questions.map((q) => [q.key, q]));
  const withOptions = Object.entries(mapping.questions)
    .map(([column, key]) => ({ column, question: questionOf.get(key) }))
    .filter(({ question }) => question && question.kind !== "free_text");
  const setValue = (key: string, value: string, option: string) => {
    const current = { ...(mapping.values[key] ?? {}) };
    if (option === "") delete current[value];
    else current[value] = option === noAnswer ? "" : option;
    onChange({ ...mapping, values: { ...mapping.values, [key]: current } });
  };

  return (
    <>
      <section aria-labelledby="import-columns-title">
        <h2 id="import-columns-title">{t.columnsTitle}</h2>
        <div className="table-scroll">
          <DataTable
            caption={t.columnsTitle}
            captionHidden
            columns={[t.column, t.values, t.meaning]}
            rows={view.columns.map((column) => ({
              key: column.name,
              header: column.name,
              cells: [
                `${column.values.slice(0, 5).join(", ")}${column.distinct > 5 ? " …" : ""}`,
                <select
                  key="role"
                  aria-label={`${t.meaning}: ${column.name}`}
                  value={roleOf(mapping, column.name)}
                  onChange={(event) => onChange(withRole(mapping, column.name, event.target.value))}
                >
                  <option value="">{t.skip}</option>
                  <option value="centre">{t.centre}</option>
                  <option value="year">{t.year}</option>
                  {view.questions.map((q) => (
                    <option key={q.key} value={q.key}>
                      {q.title}
                    </option>
                  ))}
                </select>,
              ],
            }))}
          />
        </div>
      </section>
      {withOptions.length > 0 && (
        <section aria-labelledby="import-values-title">
          <h2 id="import-values-title">{t.valuesTitle}</h2>
          <p>{t.valuesIntro}</p>
          {withOptions.map(({ column, question }) => {
            if (!question) return null;
            const values = view.columns.find((c) => c.name === column)?.values ?? [];
            const shown = question.kind === "scale" ? values.filter((v) => !/^-?\d+([.,]0+)?$/.test(v)) : values;
            if (shown.length === 0) return null;
            return (
              <fieldset key={column} className="import-values">
                <legend>
                  {column} → {question.title}
                </legend>
                {shown.map((value) => {
                  const mapped = mapping.values[question.key]?.[value];
                  return (
                    <label key={value} className="import-value">
                      <span>{value}</span>
                      <select
                        aria-label={t.valueFor(column, value)}
                        value={mapped === undefined ? "" : mapped === "" ? noAnswer : mapped}
                        onChange={(event) => setValue(question.key, value, event.target.value)}
                      >
                        <option value="">{t.automatic}</option>
                        <option value={noAnswer}>{t.notAnswered}</option>
                        {question.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </label>
                  );
                })}
              </fieldset>
            );
          })}
        </section>
      )}
    </>
  );
}
