import type { ReportModel } from "@fcs/contracts";
import { useId, useState } from "react";
import { type ReportTarget, useSaveChapter } from "../../api/hooks/reports.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { useMessages } from "../../i18n/index.ts";
import { ReportChartView } from "./ReportChartView.tsx";
import { ReportTableView } from "./ReportTableView.tsx";

type Chapter = ReportModel["chapters"][number];

/** One chapter: its text (editable in a draft for those who may), then its charts and tables. */
export function ChapterView(props: {
  chapter: Chapter;
  target: ReportTarget;
  year: number;
  version: number;
  editable: boolean;
  onSaved: (version: number) => void;
}) {
  const { chapter } = props;
  const t = useMessages();
  const r = t.reports;
  const saveChapter = useSaveChapter(props.target, props.year);
  const fieldId = useId();
  const [text, setText] = useState(chapter.narrative);
  const [saved, setSaved] = useState(false);
  const { error, run } = useAction(t.errors.network);
  const save = () =>
    run(async () => {
      const result = await saveChapter.mutateAsync({ chapter: chapter.id, text, version: props.version });
      setSaved(true);
      props.onSaved(result.version);
    });
  const shown = chapter.narrative || chapter.draft;

  return (
    <section
      aria-labelledby={`chapter-${chapter.id}`}
      className={chapter.layout === "page-per-table" ? "report-chapter report-appendix" : "report-chapter"}
    >
      <h2 id={`chapter-${chapter.id}`}>{chapter.title}</h2>
      {props.editable ? (
        <div className="no-print">
          <p className="report-draft">
            <strong>{r.draftTitle}:</strong> {chapter.draft}
          </p>
          <div className="field">
            <label htmlFor={fieldId}>{r.narrativeLabel(chapter.title)}</label>
            <textarea
              id={fieldId}
              rows={5}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setSaved(false);
              }}
            />
          </div>
          <div className="button-row">
            <button type="button" className="button-secondary" onClick={() => setText(chapter.draft)}>
              {r.useDraft}
            </button>
            <button type="button" onClick={() => void save()}>
              {r.saveText}
            </button>
          </div>
          <p role="status" aria-live="polite">
            {saved ? r.textSaved : ""}
          </p>
          <ActionError message={error} />
        </div>
      ) : null}
      <div className={props.editable ? "print-only" : undefined}>
        {shown.split(/\n{2,}/).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      {chapter.charts.map((chart) => (
        <ReportChartView key={chart.title} chart={chart} />
      ))}
      {chapter.tables.map((table) => (
        <ReportTableView key={table.title} table={table} />
      ))}
    </section>
  );
}
