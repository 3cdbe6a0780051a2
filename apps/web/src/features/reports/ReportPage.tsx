import type { ReportModel } from "@fcs/contracts";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { type ReportTarget, useReport } from "../../api/hooks/reports.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useMay } from "../auth/useMay.ts";
import type { ScopeOption } from "../results/scope-options.ts";
import { WithScopeOptions } from "../results/WithScopeOptions.tsx";
import { Addressee } from "./Addressee.tsx";
import { ChapterView } from "./ChapterView.tsx";
import { ExamplesChooser } from "./ExamplesChooser.tsx";
import { ReportToolbar } from "./ReportToolbar.tsx";

const currentYear = new Date().getFullYear();
const years = [currentYear, currentYear - 1, currentYear - 2];
const dateTime = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short" });

/** Which report an area of the filter names: a region's joint report, a municipality's or a centre's. */
function reportTarget(area: string): ReportTarget {
  const [level = "", key = ""] = area.split(":");
  if (level === "centre") return { kind: "centre", id: key };
  return level === "municipality" ? { kind: "municipality", code: key } : { kind: "region", code: key };
}
const reportLevels = ["region:", "municipality:", "centre:"];

/** "Årsrapport" / "Verksamhetsberättelse": the year's report, written, finished and exported. */
export function ReportPage() {
  return (
    <WithScopeOptions>
      {(options) => (
        <ReportView options={options.filter((o) => reportLevels.some((level) => o.id.startsWith(level)))} />
      )}
    </WithScopeOptions>
  );
}

function ReportView({ options }: { options: ScopeOption[] }) {
  const r = useMessages().reports;
  if (options.length === 0)
    return (
      <>
        <PageHeading>{r.title}</PageHeading>
        <p>{r.noReport}</p>
      </>
    );
  return <ChosenReport options={options} />;
}

function ChosenReport({ options }: { options: ScopeOption[] }) {
  const t = useMessages();
  const r = t.reports;
  const may = useMay();
  const [params, setParams] = useSearchParams();
  const area = params.get("omrade") ?? options[0]?.id ?? "";
  const year = Number(params.get("ar")) || currentYear;
  const target = reportTarget(area);
  const report = useReport(target, year);
  const choose = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };
  const editable = may(area.startsWith("centre:") ? "reports.editCentre" : "reports.editRegion");

  return (
    <>
      <div className="filters no-print">
        {options.length > 1 && (
          <SelectField
            label={r.areaLabel}
            value={area}
            options={options.map((o) => ({ value: o.id, label: o.name }))}
            onChange={(value) => choose("omrade", value)}
          />
        )}
        <SelectField
          label={r.yearLabel}
          value={year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(value) => choose("ar", value)}
        />
      </div>
      <QueryStatus query={report}>
        {(model) => <Report model={model} target={target} year={year} editable={editable} />}
      </QueryStatus>
    </>
  );
}

function Report(props: { model: ReportModel; target: ReportTarget; year: number; editable: boolean }) {
  const r = useMessages().reports;
  const { model } = props;
  const [version, setVersion] = useState(model.version);
  useEffect(() => setVersion(model.version), [model.version]);
  const editable = props.editable && model.status === "draft";
  return (
    <article className="report">
      <RunningTitle title={model.title} />
      <PageHeading>{model.title}</PageHeading>
      <p>
        <span className={`report-status report-status-${model.status}`}>
          {r.statusLabel}: {r.status[model.status]}
        </span>{" "}
        {model.status === "final" ? r.frozenNote(dateTime.format(new Date(model.generatedAt))) : r.draftNote}
      </p>
      {!props.editable && <p className="no-print">{r.readOnly}</p>}
      <Addressee
        addressee={model.addressee}
        target={props.target}
        year={props.year}
        version={version}
        editable={props.editable}
        onSaved={setVersion}
      />
      <ReportToolbar model={{ ...model, version }} target={props.target} year={props.year} editable={props.editable} />
      <nav aria-label={r.contents} className="report-contents no-print">
        <ol>
          {model.chapters.map((c) => (
            <li key={c.id}>
              <a href={`#chapter-${c.id}`}>{c.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {model.chapters.map((chapter) => (
        <ChapterView
          key={`${chapter.id}-${model.version}`}
          chapter={chapter}
          target={props.target}
          year={props.year}
          version={version}
          editable={editable}
          onSaved={setVersion}
        />
      ))}
      {editable && model.kind === "region" && (
        <ExamplesChooser model={{ ...model, version }} target={props.target} year={props.year} />
      )}
    </article>
  );
}

/** The report's title at the top of every printed page, in the page's own margin (so it never covers the text). */
function RunningTitle({ title }: { title: string }) {
  const quoted = title.replace(/[\\"]/g, "\\$&").replace(/[\r\n]+/g, " ");
  return <style>{`@page { @top-left { content: "${quoted}"; font-size: 9pt; color: #4a4a4a; } }`}</style>;
}
