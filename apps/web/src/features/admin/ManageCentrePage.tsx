import type { Centre } from "@fcs/contracts";
import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { useCentre, useUpdateCentre } from "../../api/hooks/centres.ts";
import { useMunicipalities } from "../../api/hooks/regions.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { CentreFields, centreInput, draftOf } from "./CentreFields.tsx";
import { CoordinatorSection } from "./CoordinatorSection.tsx";

const dateFormat = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long" });

/** A county coordinator edits a centre, ends or resumes it, and manages its coordinators. */
export function ManageCentrePage() {
  const t = useMessages();
  const centreId = useParams().centreId ?? "";
  const query = useCentre(centreId);

  return (
    <QueryStatus query={query}>
      {(centre) => {
        return (
          <>
            <PageHeading>{t.admin.manageTitle(centre.name)}</PageHeading>
            <CentreDetails centre={centre} />
            <ActiveState centre={centre} />
            <CoordinatorSection centreId={centre.id} />
          </>
        );
      }}
    </QueryStatus>
  );
}

function CentreDetails({ centre }: { centre: Centre }) {
  const t = useMessages().admin;
  const updateCentre = useUpdateCentre();
  const municipalities = useMunicipalities(centre.region.code);
  const [draft, setDraft] = useState(() => draftOf(centre));
  const [saved, setSaved] = useState(false);
  const { error, run } = useAction(useMessages().errors.network);

  function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    void run(async () => {
      await updateCentre.mutateAsync({ id: centre.id, change: centreInput(draft) });
      setSaved(true);
    });
  }

  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{t.detailsTitle}</h2>
      <QueryStatus query={municipalities}>
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

function ActiveState({ centre }: { centre: Centre }) {
  const t = useMessages().admin;
  const updateCentre = useUpdateCentre();
  const [endDate, setEndDate] = useState(new Date().toISOString().slice(0, 10));
  const { error, run } = useAction(useMessages().errors.network);
  const setActiveTo = (activeTo: string | null) =>
    run(async () => {
      await updateCentre.mutateAsync({ id: centre.id, change: { activeTo } });
    });

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
            // Ending a centre takes it out of the coming years' follow-up: asked once more.
            if (window.confirm(t.confirmEnd(centre.name, dateFormat.format(new Date(endDate)))))
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
