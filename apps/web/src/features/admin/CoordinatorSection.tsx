import type { CoordinatorList, InviteResult } from "@fcs/contracts";
import { type FormEvent, useState } from "react";
import {
  useCoordinators,
  useInviteCoordinator,
  useRemoveCoordinator,
  useRenewInvite,
} from "../../api/hooks/centres.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";

type Coordinator = CoordinatorList["coordinators"][number];
const dateFormat = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long" });

/** The centre's local coordinators: invite, renew a link, remove. */
export function CoordinatorSection({ centreId }: { centreId: string }) {
  const t = useMessages().admin;
  const [handout, setHandout] = useState<{ name: string; result: InviteResult }>();
  const coordinators = useCoordinators(centreId);
  const renewInvite = useRenewInvite(centreId);
  const removeCoordinator = useRemoveCoordinator(centreId);
  const { error, run } = useAction(useMessages().errors.network);
  const changed = (name?: string, result?: InviteResult) => setHandout(name && result ? { name, result } : undefined);

  const renew = (c: Coordinator) => run(async () => changed(c.displayName, await renewInvite.mutateAsync(c.id)));
  const remove = (c: Coordinator) =>
    window.confirm(t.confirmRemove(c.displayName)) &&
    run(async () => {
      await removeCoordinator.mutateAsync(c.id);
      changed();
    });

  return (
    <section aria-labelledby="coordinators-title">
      <h2 id="coordinators-title">{t.coordinatorsTitle}</h2>
      <p>{t.coordinatorsIntro}</p>
      <QueryStatus query={coordinators}>
        {({ coordinators }) =>
          coordinators.length === 0 ? (
            <p>{t.noCoordinators}</p>
          ) : (
            <div className="table-scroll">
              <DataTable
                caption={t.coordinatorsTitle}
                captionHidden
                columns={[t.columns.name, t.columns.email, t.columns.status, t.columns.actions]}
                rows={coordinators.map((c) => ({
                  key: c.id,
                  header: c.displayName,
                  cellClassNames: [undefined, undefined, "button-row"],
                  cells: [
                    c.email,
                    statusOf(c, t),
                    <>
                      {!c.active && !c.deactivated && (
                        <button type="button" className="button-secondary" onClick={() => void renew(c)}>
                          {t.renew}
                          <span className="visually-hidden"> – {t.renewFor(c.displayName)}</span>
                        </button>
                      )}
                      <button type="button" className="button-secondary" onClick={() => void remove(c)}>
                        {t.remove}
                        <span className="visually-hidden"> – {t.removeFor(c.displayName)}</span>
                      </button>
                    </>,
                  ],
                }))}
              />
            </div>
          )
        }
      </QueryStatus>
      <ActionError message={error} />
      {handout && <InviteHandout {...handout} />}
      <InviteForm centreId={centreId} onInvited={changed} />
    </section>
  );
}

function statusOf(c: Coordinator, t: ReturnType<typeof useMessages>["admin"]) {
  if (c.deactivated) return t.deactivated;
  if (c.active) return t.active;
  if (c.invitedUntil && new Date(c.invitedUntil) > new Date()) {
    return t.invitedUntil(dateFormat.format(new Date(c.invitedUntil)));
  }
  return t.invitationExpired;
}

function InviteHandout({ name, result }: { name: string; result: InviteResult }) {
  const t = useMessages().admin;
  if (result.mailed) {
    return (
      <p role="status" className="notice">
        {t.inviteMailed(name)}
      </p>
    );
  }
  if (!result.invite) {
    return (
      <p role="status" className="notice">
        {t.attached(name)}
      </p>
    );
  }
  return (
    <div role="status" className="handout">
      <p>
        <strong>{t.inviteLink(name)}</strong>
      </p>
      <p className="link-url">{`${window.location.origin}${result.invite.path}`}</p>
      <p>{t.noMailServer}</p>
    </div>
  );
}

function InviteForm({
  centreId,
  onInvited,
}: {
  centreId: string;
  onInvited(name: string, result: InviteResult): void;
}) {
  const t = useMessages().admin;
  const inviteCoordinator = useInviteCoordinator(centreId);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const { error, run } = useAction(useMessages().errors.network);

  function invite(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const result = await inviteCoordinator.mutateAsync({ email: email.trim(), displayName: name.trim() });
      onInvited(name.trim(), result);
      setName("");
      setEmail("");
    });
  }

  return (
    <form onSubmit={invite} aria-labelledby="invite-title" className="narrow-form">
      <h3 id="invite-title">{t.inviteTitle}</h3>
      <TextField id="invite-name" label={t.personName} value={name} onChange={setName} required maxLength={200} />
      <TextField
        id="invite-email"
        label={t.email}
        type="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        required
      />
      <ActionError message={error} />
      <button type="submit">{t.invite}</button>
    </form>
  );
}
