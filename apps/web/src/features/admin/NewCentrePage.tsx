import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useCurrentUser, useSession } from "../auth/session.tsx";
import { CentreFields, centreInput, emptyCentre } from "./CentreFields.tsx";
import { useRegionMunicipalities } from "./useRegionMunicipalities.ts";

/** A county coordinator adds a centre in one of the region's municipalities. */
export function NewCentrePage() {
  const t = useMessages();
  const { api } = useSession();
  const { scope } = useCurrentUser();
  const navigate = useNavigate();
  const { state, retry } = useRegionMunicipalities(scope.regionCodes[0] ?? "");
  const [draft, setDraft] = useState(emptyCentre);
  const { error, run } = useAction(t.errors.network);

  function create(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const centre = await api.createCentre(centreInput(draft));
      navigate(`/familjecentraler/${centre.id}/hantera`);
    });
  }

  return (
    <>
      <PageHeading>{t.admin.newTitle}</PageHeading>
      <QueryStatus state={state} retry={retry}>
        {(municipalities) => (
          <form onSubmit={create} className="narrow-form">
            <CentreFields draft={draft} municipalities={municipalities} onChange={setDraft} />
            <ActionError message={error} />
            <button type="submit">{t.admin.create}</button>
          </form>
        )}
      </QueryStatus>
    </>
  );
}
