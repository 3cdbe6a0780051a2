import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { useCreateCentre } from "../../api/hooks/centres.ts";
import { useMunicipalities } from "../../api/hooks/regions.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { CentreFields, centreInput, emptyCentre } from "./CentreFields.tsx";

/** A county coordinator adds a centre in one of the region's municipalities. */
export function NewCentrePage() {
  const t = useMessages();
  const createCentre = useCreateCentre();
  const { scope } = useCurrentUser();
  const navigate = useNavigate();
  const municipalities = useMunicipalities(scope.regionCodes[0] ?? "");
  const [draft, setDraft] = useState(emptyCentre);
  const { error, run } = useAction(t.errors.network);

  function create(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const centre = await createCentre.mutateAsync(centreInput(draft));
      navigate(`/familjecentraler/${centre.id}/hantera`);
    });
  }

  return (
    <>
      <PageHeading>{t.admin.newTitle}</PageHeading>
      <QueryStatus query={municipalities}>
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
