import type { Centre } from "@fcs/contracts";
import { type FormEvent, useCallback, useState } from "react";
import { useParams } from "react-router";
import { useAction } from "../../api/useAction.ts";
import { useApiQuery } from "../../api/useApiQuery.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "../auth/session.tsx";
import { CentreFields, centreInput, draftOf } from "./CentreFields.tsx";
import { CoordinatorSection } from "./CoordinatorSection.tsx";
import { useRegionMunicipalities } from "./useRegionMunicipalities.ts";

const dateFormat = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long" });

/** A county coordinator edits a centre, ends or resumes it, and manages its coordinators. */
export function ManageCentrePage() {
  const t = useMessages();
  const { api } = useSession();
  const centreId = useParams().centreId ?? "";
  const load = useCallback((signal: AbortSignal) => api.centre(centreId, signal), [api, centreId]);
  const { state, retry } = useApiQuery(load, t.errors.network);
  const [current, setCurrent] = useState<Centre>();

  return (
    <QueryStatus state={state} retry={retry}>
      {(loaded) => {
        const centre = current ?? loaded;
        return (
          <>
            <PageHeading>{t.admin.manageTitle(centre.name)}</PageHeading>
            <CentreDetails centre={centre} onSaved={setCurrent} />
            <ActiveState centre={centre} onSaved={setCurrent} />
            <CoordinatorSection centreId={centre.id} />
          </>
        );
      }}
    </QueryStatus>
  );
}

function CentreDetails({ centre, onSaved }: { centre: Centre; onSaved(centre: Centre): void }) {
  const t = useMessages().admin;
  const { api } = useSession();
  const { state, retry } = useRegionMunicipalities(centre.region.code);
  const [draft, setDraft] = useState(() => draftOf(centre));
  const [saved, setSaved] = useState(false);
  const { error, run } = useAction(useMessages().errors.network);

  function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    void run(async () => {
      onSaved(await api.updateCentre(centre.id, centreInput(draft)));
      setSaved(true);
    });
  }

  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{t.detailsTitle}</h2>
      <QueryStatus state={state} retry={retry}>
        {(municipalities) => (
          <form onSubmit={save} className="narrow-form">
            <CentreFields
              draft={draft}
              municipalities={municipalities}
              onChange={(d) => {
                setSaved(false);
                setDraft(d);
              }}
            />
            <ActionError message={error} />
            <button type="submit">{t.save}</button>
            {saved && (
              <p role="status" className="notice">
                {t.saved}
              </p>
            )}
          </form>
        )}
      </QueryStatus>
    </section>
  );
}

function ActiveState({ centre, onSaved }: { centre: Centre; onSaved(centre: Centre): void }) {
  const t = useMessages().admin;
  const { api } = useSession();
  const [endDate, setEndDate] = useState(new Date().toISOString().slice(0, 10));
  const { error, run } = useAction(useMessages().errors.network);
  const setActiveTo = (activeTo: string | null) =>
    run(async () => onSaved(await api.updateCentre(centre.id, { activeTo })));

  return (
    <section aria-labelledby="active-title">
      <h2 id="active-title">{t.activeTitle}</h2>
      {centre.activeTo ? (
        <>
          <p>{t.activeUntil(dateFormat.format(new Date(centre.activeTo)))}</p>
          <button type="button" className="button-secondary" onClick={() => void setActiveTo(null)}>
            {t.reactivate}
          </button>
        </>
      ) : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void setActiveTo(endDate);
          }}
        >
          <p>{t.activeNow}</p>
          <TextField id="end-date" label={t.endDate} type="date" value={endDate} onChange={setEndDate} required />
          <button type="submit" className="button-secondary">
            {t.deactivate}
          </button>
        </form>
      )}
      <ActionError message={error} />
    </section>
  );
}
