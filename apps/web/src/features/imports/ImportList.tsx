import { useImports, useUndoImport } from "../../api/hooks/imports.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";

const dateFormat = new Intl.DateTimeFormat("sv-SE", { dateStyle: "medium", timeStyle: "short" });

/** The region's imports, each undoable whole until it is undone. */
export function ImportList({ region }: { region: string }) {
  const t = useMessages().imports;
  const imports = useImports(region);
  const undo = useUndoImport(region);
  const { error, run } = useAction(t.network);
  return (
    <section aria-labelledby="import-list-title">
      <h2 id="import-list-title">{t.listTitle}</h2>
      <QueryStatus query={imports}>
        {({ imports }) =>
          imports.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <div className="table-scroll">
              <DataTable
                caption={t.listTitle}
                captionHidden
                columns={[t.fileName, t.survey, t.source, t.years, t.responses, t.importedAt, t.by, ""]}
                rows={imports.map((i) => ({
                  key: i.id,
                  header: i.fileName,
                  cells: [
                    i.form === "totals"
                      ? t.totalsSurvey(t.surveys[i.survey] ?? i.survey)
                      : (t.surveys[i.survey] ?? i.survey),
                    i.source,
                    i.years.join(", "),
                    i.responses.toLocaleString("sv-SE"),
                    dateFormat.format(new Date(i.createdAt)),
                    i.createdBy,
                    i.undoneAt ? (
                      t.undone(dateFormat.format(new Date(i.undoneAt)))
                    ) : (
                      <button
                        key="undo"
                        type="button"
                        className="button-secondary"
                        aria-label={t.undoFor(i.fileName)}
                        onClick={() =>
                          run(async () => {
                            if (window.confirm(t.confirmUndo(i.fileName, i.responses))) await undo.mutateAsync(i.id);
                          })
                        }
                      >
                        {t.undo}
                      </button>
                    ),
                  ],
                }))}
              />
            </div>
          )
        }
      </QueryStatus>
      <ActionError message={error} />
    </section>
  );
}
