import type { LinkResult, ManagedUser, RegionList } from "@fcs/contracts";
import { type FormEvent, useState } from "react";
import { useRegions } from "../../api/hooks/regions.ts";
import { useChangeUserScope, useNewUserLink, useUserActivation, useUsers } from "../../api/hooks/users.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { type Messages, useMessages } from "../../i18n/index.ts";
import { LinkHandout } from "./LinkHandout.tsx";
import { NewUserForm } from "./NewUserForm.tsx";
import { type ScopeChoice, ScopeFields, scopeBody } from "./ScopeFields.tsx";

const dateFormat = new Intl.DateTimeFormat("sv-SE", { dateStyle: "medium", timeStyle: "short" });

/** "Användare": every account the caller administers, with its status, and the steps they may take. */
export function UsersPage() {
  const messages = useMessages();
  const t = messages.users;
  const [handout, setHandout] = useState<LinkResult>();
  const [editing, setEditing] = useState<ManagedUser>();
  const users = useUsers();
  const regions = useRegions();
  const newLink = useNewUserLink();
  const activation = useUserActivation();
  const { error, run } = useAction(messages.errors.network);
  const changed = (result?: LinkResult) => {
    setHandout(result);
    setEditing(undefined);
  };

  const act = (user: ManagedUser, step: "link" | "deactivate" | "reactivate") => {
    if (step === "deactivate" && !window.confirm(t.confirmDeactivate(user.displayName))) return;
    void run(async () => {
      if (step === "link") return changed(await newLink.mutateAsync(user.id));
      await activation.mutateAsync({ id: user.id, active: step === "reactivate" });
      changed();
    });
  };
  const regionList = regions.data?.regions ?? [];

  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <QueryStatus query={users}>
        {({ users, creatableRoles }) => (
          <>
            {users.length === 0 && <p>{t.empty}</p>}
            <div className="table-scroll" hidden={users.length === 0}>
              <DataTable
                caption={t.title}
                captionHidden
                columns={[t.name, t.email, t.role, t.scope, t.status, t.lastSignIn, t.actions]}
                rows={users.map((user) => ({
                  key: user.id,
                  header: user.displayName,
                  cellClassNames: [undefined, undefined, undefined, undefined, undefined, "button-row"],
                  cells: [
                    user.email,
                    messages.roles[user.role],
                    user.scope.length === 0 ? t.everything : user.scope.map((p) => p.name).join(", "),
                    statusOf(user, t),
                    user.lastSignInAt ? dateFormat.format(new Date(user.lastSignInAt)) : t.never,
                    user.manageable ? (
                      <UserActions
                        key="actions"
                        user={user}
                        onAct={(step) => act(user, step)}
                        onEdit={() => setEditing(user)}
                      />
                    ) : null,
                  ],
                }))}
              />
            </div>
            <ActionError message={error} />
            {handout && <LinkHandout result={handout} />}
            {editing && regions.isSuccess && (
              <ScopeForm
                user={editing}
                regions={regionList}
                onDone={() => changed()}
                onCancel={() => setEditing(undefined)}
              />
            )}
            {/* Drawn once the regions are there: the form starts from them (and from the regions page's choice). */}
            {regions.isSuccess && <NewUserForm roles={creatableRoles} regions={regionList} onCreated={changed} />}
          </>
        )}
      </QueryStatus>
    </>
  );
}

function statusOf(user: ManagedUser, t: Messages["users"]) {
  if (user.status === "invited")
    return user.invitedUntil && new Date(user.invitedUntil) > new Date() ? t.invited : t.invitationExpired;
  return t.statuses[user.status];
}

function UserActions(props: {
  user: ManagedUser;
  onAct(step: "link" | "deactivate" | "reactivate"): void;
  onEdit(): void;
}) {
  const t = useMessages().users;
  const { user } = props;
  const named = (label: string) => (
    <>
      {label}
      <span className="visually-hidden"> – {user.displayName}</span>
    </>
  );
  if (user.status === "deactivated")
    return (
      <button type="button" className="button-secondary" onClick={() => props.onAct("reactivate")}>
        {named(t.reactivate)}
      </button>
    );
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => props.onAct("link")}>
        {named(user.status === "invited" ? t.newInvite : t.resetLink)}
      </button>
      {(user.role === "reader" || user.role === "county_coordinator") && (
        <button type="button" className="button-secondary" onClick={props.onEdit}>
          {named(t.changeScope)}
        </button>
      )}
      <button type="button" className="button-secondary" onClick={() => props.onAct("deactivate")}>
        {named(t.deactivate)}
      </button>
    </>
  );
}

function ScopeForm(props: { user: ManagedUser; regions: RegionList["regions"]; onDone(): void; onCancel(): void }) {
  const messages = useMessages();
  const t = messages.users;
  const changeScope = useChangeUserScope();
  const current = props.user.scope[0];
  const [scope, setScope] = useState<ScopeChoice>({
    regionCode:
      current?.type === "region" ? current.id : props.regions.length === 1 ? (props.regions[0]?.code ?? "") : "",
    municipalityCode: current?.type === "municipality" ? current.id : "",
  });
  const { error, run } = useAction(messages.errors.network);
  const isReader = props.user.role === "reader";

  function save(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await changeScope.mutateAsync({
        id: props.user.id,
        scope: isReader ? scopeBody(scope) : { regionCode: scope.regionCode },
      });
      props.onDone();
    });
  }

  return (
    <form onSubmit={save} aria-labelledby="scope-title" className="narrow-form">
      <h2 id="scope-title">{t.scopeTitle(props.user.displayName)}</h2>
      <p>{t.scopeIntro}</p>
      <ScopeFields regions={props.regions} value={scope} allowMunicipality={isReader} onChange={setScope} />
      <ActionError message={error} />
      <div className="button-row">
        <button type="submit">{t.saveScope}</button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
