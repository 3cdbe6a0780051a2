import type { ImportFileView, ImportMapping, ImportRun } from "@fcs/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useCentres } from "../../api/hooks/centres.ts";
import { importChanges } from "../../api/hooks/imports.ts";
import { useApi } from "../../api/query-client.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { readAsBase64 } from "./file-content.ts";
import { ImportList } from "./ImportList.tsx";
import { MappingForm } from "./MappingForm.tsx";
import { RunResult } from "./RunResult.tsx";

type Survey = "besok_vuxen" | "besok_barn" | "spindel";
const surveys: Survey[] = ["besok_vuxen", "besok_barn", "spindel"];

/** "Import": a county coordinator brings in earlier years from the tool the region used before. */
export function ImportPage() {
  const t = useMessages().imports;
  const centres = useCentres();
  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <QueryStatus query={centres}>
        {({ centres }) => {
          const regions = [...new Map(centres.map((c) => [c.region.code, c.region.name])).entries()];
          return regions.length > 0 ? <ImportView regions={regions} /> : <p>{t.noRegion}</p>;
        }}
      </QueryStatus>
    </>
  );
}

/** The totals template: its columns, and one row of counts per answer, one of a mean and one of the respondents. */
const totalsTemplate = `data:text/csv;charset=utf-8,${encodeURIComponent(
  "\uFEFFFamiljecentral;År;Fråga;Antal;1;2;3;4;5;Medelvärde\r\n" +
    "Familjecentralen Exempel;2023;*;48;;;;;;\r\n" +
    "Familjecentralen Exempel;2023;helhet;45;1;2;6;16;20;\r\n" +
    "Familjecentralen Exempel;2023;valkommen;44;;;;;;4,4\r\n",
)}`;

/** Preview, dry run and import: the same three steps for either kind of file. */
function RunButtons({ onRun, busy }: { onRun: (mode: "preview" | "dry_run" | "import") => void; busy: boolean }) {
  const t = useMessages().imports;
  return (
    <div className="button-row">
      <button type="button" className="button-secondary" onClick={() => onRun("preview")} disabled={busy}>
        {t.preview}
      </button>
      <button type="button" className="button-secondary" onClick={() => onRun("dry_run")} disabled={busy}>
        {t.dryRun}
      </button>
      <button type="button" onClick={() => onRun("import")} disabled={busy}>
        {t.run}
      </button>
    </div>
  );
}

/** Where the page is: reading the file in the browser (with its share), or waiting for the server. */
type Progress = { phase: "reading"; share: number } | { phase: "sending" } | undefined;

function ImportView({ regions }: { regions: [code: string, name: string][] }) {
  const t = useMessages().imports;
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = { source: useId(), file: useId(), fileHint: useId() };
  const [region, setRegion] = useState(regions[0]?.[0] ?? "");
  const [survey, setSurvey] = useState<Survey>("besok_vuxen");
  const [source, setSource] = useState(t.defaultSource);
  const [form, setForm] = useState<"responses" | "totals">("responses");
  const [chosen, setChosen] = useState<File>();
  const [file, setFile] = useState<{ name: string; content: string }>();
  const [view, setView] = useState<ImportFileView>();
  const [mapping, setMapping] = useState<ImportMapping>();
  const [result, setResult] = useState<ImportRun>();
  const [progress, setProgress] = useState<Progress>();
  const { error, run } = useAction(t.network);

  /** Another file, survey or region starts over. */
  const reset = () => {
    setFile(undefined);
    setView(undefined);
    setMapping(undefined);
    setResult(undefined);
  };

  /** The chosen file as the API takes it, read with the progress shown. */
  const fileToSend = async (picked: File) => {
    setProgress({ phase: "reading", share: 0 });
    const content = await readAsBase64(picked, (share) => setProgress({ phase: "reading", share }));
    setProgress({ phase: "sending" });
    return { name: picked.name, content };
  };

  /** A totals file is read once and sent with each step. */
  const totalsFile = async (picked: File) => {
    const sent = file ?? (await fileToSend(picked));
    setFile(sent);
    setProgress({ phase: "sending" });
    return sent;
  };

  const read = () =>
    run(async () => {
      if (!chosen) return;
      reset();
      try {
        const sent = await fileToSend(chosen);
        const read = await api.imports.read({ params: { code: region }, body: { survey, source, file: sent } });
        setFile(sent);
        setView(read);
        setMapping(read.mapping);
      } finally {
        setProgress(undefined);
      }
    });

  /** Sends the file for one step: totals as they are, rows with their mapping. */
  const send = async (mode: "preview" | "dry_run" | "import") => {
    if (form === "totals")
      return chosen
        ? api.imports.totals({
            params: { code: region },
            body: { survey, source, file: await totalsFile(chosen), mode },
          })
        : undefined;
    return file && mapping
      ? api.imports.run({ params: { code: region }, body: { survey, source, file, mapping, mode } })
      : undefined;
  };

  const runImport = (mode: "preview" | "dry_run" | "import") =>
    run(async () => {
      if (mode === "import" && !window.confirm(t.confirmRun(result?.accepted ?? view?.rows ?? 0))) return;
      setResult(undefined);
      setProgress({ phase: "sending" });
      try {
        const done = await send(mode);
        if (!done) return;
        setResult(done);
        if (mode === "import")
          await Promise.all(importChanges(region).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      } finally {
        setProgress(undefined);
      }
    });

  return (
    <>
      <section aria-labelledby="import-file-title" className="import-file">
        <h2 id="import-file-title">{t.fileTitle}</h2>
        <div className="filters">
          {regions.length > 1 && (
            <SelectField
              label={t.region}
              value={region}
              options={regions.map(([code, name]) => ({ value: code, label: name }))}
              onChange={(value) => {
                setRegion(value);
                reset();
              }}
            />
          )}
          <SelectField
            label={t.survey}
            value={survey}
            options={surveys.map((s) => ({ value: s, label: t.surveys[s] ?? s }))}
            onChange={(value) => {
              setSurvey(value as Survey);
              reset();
            }}
          />
        </div>
        <TextField
          id={ids.source}
          label={t.source}
          hint={t.sourceHint}
          value={source}
          onChange={setSource}
          maxLength={100}
        />
        <fieldset className="button-row">
          <legend>{t.form}</legend>
          {(["responses", "totals"] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="import-form"
                value={value}
                checked={form === value}
                onChange={() => {
                  setForm(value);
                  reset();
                }}
              />{" "}
              {t.forms[value]}
            </label>
          ))}
        </fieldset>
        {form === "totals" && (
          <p className="field-hint">
            {t.totalsHint}{" "}
            <a href={totalsTemplate} download="summor-mall.csv">
              {t.template}
            </a>
          </p>
        )}
        <div className="field">
          <label htmlFor={ids.file}>{t.file}</label>
          <p id={ids.fileHint} className="field-hint">
            {t.fileHint}
          </p>
          <input
            id={ids.file}
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={ids.fileHint}
            onChange={(event) => {
              setChosen(event.target.files?.[0]);
              reset();
            }}
          />
        </div>
        {form === "responses" ? (
          <button type="button" onClick={read} disabled={!chosen || source.trim() === "" || progress !== undefined}>
            {t.read}
          </button>
        ) : (
          <RunButtons onRun={runImport} busy={!chosen || source.trim() === "" || progress !== undefined} />
        )}
        {progress && (
          <div className="import-progress" role="status">
            <span>{progress.phase === "reading" ? t.reading : t.sending}</span>{" "}
            {progress.phase === "reading" ? (
              <progress max={1} value={progress.share} aria-label={t.progress} />
            ) : (
              <progress aria-label={t.progress} />
            )}
          </div>
        )}
        <ActionError message={error} />
      </section>

      {form === "responses" && view && mapping && (
        <>
          <p>
            {t.format(view.format, view.rows)} {view.saved ? t.savedMapping : t.suggestedMapping}
          </p>
          <MappingForm view={view} mapping={mapping} onChange={setMapping} />
          <RunButtons onRun={runImport} busy={progress !== undefined} />
        </>
      )}
      {result && <RunResult result={result} />}
      <ImportList region={region} />
    </>
  );
}
