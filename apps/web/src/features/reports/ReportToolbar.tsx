import type { ReportModel } from "@fcs/contracts";
import { useState } from "react";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "../auth/session.tsx";
import { useMay } from "../auth/useMay.ts";

const formats = ["docx", "pptx", "xlsx"] as const;

/** Downloads in three formats (with word of progress), printing, and marking the report final or reopening it. */
export function ReportToolbar(props: { model: ReportModel; path: string; editable: boolean; onChanged: () => void }) {
  const t = useMessages();
  const r = t.reports;
  const { api } = useSession();
  const may = useMay();
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const { error, run } = useAction(t.errors.network);

  const download = (format: (typeof formats)[number]) =>
    run(async () => {
      setBusy(true);
      setStatus(r.exporting(r.exports[format]));
      try {
        const { blob, fileName } = await api.reportExport(props.path, format);
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
      if (!window.confirm(which === "finalize" ? r.confirmFinalize : r.confirmReopen)) return;
      await api.reportStep(props.path, which, props.model.version);
      props.onChanged();
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
