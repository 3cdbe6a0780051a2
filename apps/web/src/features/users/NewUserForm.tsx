import type { LinkResult, NewUser, RegionList, UserList } from "@fcs/contracts";
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import { useCreateUser } from "../../api/hooks/users.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { type ScopeChoice, ScopeFields, scopeBody } from "./ScopeFields.tsx";

type CreatableRole = NewUser["role"];

/** A new county coordinator, reader or administrator, who gets a one-time link to choose a password. */
export function NewUserForm(props: {
  roles: UserList["creatableRoles"];
  regions: RegionList["regions"];
  onCreated(result: LinkResult): void;
}) {
  const messages = useMessages();
  const t = messages.users;
  const createUser = useCreateUser();
  const roles = props.roles.filter((r): r is CreatableRole => r !== "local_coordinator");
  // "Bjud in länssamordnare" on the regions page comes here with the role and region chosen.
  const [query] = useSearchParams();
  const asked = roles.find((r) => r === query.get("roll"));
  const [role, setRole] = useState<CreatableRole>(asked ?? roles[0] ?? "reader");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const single = props.regions.length === 1 ? (props.regions[0]?.code ?? "") : "";
  const [scope, setScope] = useState<ScopeChoice>({
    regionCode: props.regions.find((r) => r.code === query.get("region"))?.code ?? single,
    municipalityCode: "",
  });
  const { error, run } = useAction(messages.errors.network);

  function create(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const where =
        role === "admin" ? {} : role === "county_coordinator" ? { regionCode: scope.regionCode } : scopeBody(scope);
      props.onCreated(await createUser.mutateAsync({ email: email.trim(), displayName: name.trim(), role, ...where }));
      setName("");
      setEmail("");
    });
  }

  if (roles.length === 0) return null;
  return (
    <form onSubmit={create} aria-labelledby="new-user-title" className="narrow-form">
      <h2 id="new-user-title">{t.newTitle}</h2>
      <p>{t.newIntro}</p>
      <TextField id="new-user-name" label={t.name} value={name} onChange={setName} required maxLength={200} />
      <TextField
        id="new-user-email"
        label={t.email}
        type="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        required
      />
      <div className="field">
        <label htmlFor="new-user-role">{t.role}</label>
        <select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as CreatableRole)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {messages.roles[r]}
            </option>
          ))}
        </select>
      </div>
      {role !== "admin" && (
        <ScopeFields regions={props.regions} value={scope} allowMunicipality={role === "reader"} onChange={setScope} />
      )}
      <ActionError message={error} />
      <button type="submit">{t.create}</button>
    </form>
  );
}
