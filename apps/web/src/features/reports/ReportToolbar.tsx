import type { ReportModel } from "@fcs/contracts";
import { reportFormats as formats } from "@fcs/contracts/paths";
import { type SurveyKind, surveyNames } from "@fcs/surveys/kinds";
import { useState } from "react";
import { type ReportFormat, type ReportTarget, useReportCalls, useReportStep } from "../../api/hooks/reports.ts";
import { useApi } from "../../api/query-client.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useMay } from "../auth/useMay.ts";

/** Downloads in three formats (with word of progress), printing, and marking the report final or reopening it. */
export function ReportToolbar(props: { model: ReportModel; target: ReportTarget; year: number; editable: boolean }) {
  const t = useMessages();
  const r = t.reports;
  const api = useApi();
  const calls = useReportCalls(props.target, props.year);
  const reportStep = useReportStep(props.target, props.year);
  const may = useMay();
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const { error, run } = useAction(t.errors.network);

  const download = (format: ReportFormat) =>
    run(async () => {
      setBusy(true);
      setStatus(r.exporting(r.exports[format]));
      try {
        const { blob, fileName } = await api.download(calls.exportUrl(format));
        const url = URL.createObjectURL(blob);
        const link = document.createElement("a");
        link.href = url;
        link.download = fileName;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        setStatus(r.exported(fileName));
      } finally {
        setBusy(false);
      }
    });
  const step = (which: "finalize" | "reopen") =>
    run(async () => {
      const { openSurveys, unapproved, centres } = props.model.readiness;
      const warning =
        which === "finalize"
          ? r.notYetIn(
              openSurveys.map((s) => surveyNames[s as SurveyKind] ?? s),
              unapproved,
              centres,
            )
          : "";
      if (!window.confirm(which === "finalize" ? `${warning}${r.confirmFinalize}` : r.confirmReopen)) return;
      await reportStep.mutateAsync({ step: which, version: props.model.version });
    });
  const mayReopen = may("reports.reopen");

  return (
    <div className="report-toolbar no-print">
      <fieldset className="button-row">
        <legend className="button-row-label">{r.exportTitle}:</legend>
        {formats.map((format) => (
          <button
            key={format}
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => void download(format)}
          >
            {r.exports[format]}
          </button>
        ))}
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {r.print}
        </button>
      </fieldset>
      <p role="status" aria-live="polite" className="report-export-status">
        {status}
      </p>
      {props.editable && props.model.status === "draft" && (
        <button type="button" onClick={() => void step("finalize")}>
          {r.finalize}
        </button>
      )}
      {props.model.status === "final" && mayReopen && (
        <button type="button" className="button-secondary" onClick={() => void step("reopen")}>
          {r.reopen}
        </button>
      )}
      <ActionError message={error} />
    </div>
  );
}
