import { type FormEvent, useId, useMemo, useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../../api/client.ts";
import { useInvitee } from "../../api/hooks/auth.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "./session.tsx";

const minimumLength = 12;

/**
 * "/inbjudan#token": an invited user sets their first password with the one-time link;
 * "/nytt-losenord#token" (`reset`): someone who forgot theirs chooses a new one.
 */
export function InvitePage({ reset = false }: { reset?: boolean }) {
  const t = useMessages();
  // The token is in the fragment, which the browser never sends to a server.
  const token = useMemo(() => window.location.hash.slice(1), []);
  const invitee = useInvitee(token);

  return (
    <main id="main" className="login-page">
      <div className="login-card">
        <p className="app-name">{t.appName}</p>
        <PageHeading>{reset ? t.invite.resetTitle : t.invite.title}</PageHeading>
        {token ? (
          <QueryStatus query={invitee}>
            {(person) => <PasswordForm token={token} person={person} reset={reset} />}
          </QueryStatus>
        ) : (
          <p role="alert" className="notice notice-error">
            {t.invite.missing}
          </p>
        )}
      </div>
    </main>
  );
}

/** "/nytt-losenord#token": the same page for choosing a new password. */
export const ResetPasswordPage = () => <InvitePage reset />;

function PasswordForm({
  token,
  person,
  reset,
}: {
  token: string;
  person: { email: string; displayName: string };
  reset: boolean;
}) {
  const t = useMessages();
  const { api } = useSession();
  const errorId = useId();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password.length < minimumLength) return setError(t.invite.tooShort);
    if (password !== repeat) return setError(t.invite.mismatch);
    setError(undefined);
    try {
      await api.invites.accept({ body: { token, password } });
      setDone(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t.errors.network);
    }
  }

  if (done) {
    return (
      <div role="status">
        <p className="notice">{t.invite.done}</p>
        <p>
          <Link to="/logga-in">{t.invite.toLogin}</Link>
        </p>
      </div>
    );
  }
  const describedBy = error ? errorId : undefined;
  return (
    <>
      <p>
        {reset
          ? t.invite.resetFor(person.displayName, person.email)
          : t.invite.welcome(person.displayName, person.email)}
      </p>
      <p>{t.invite.intro}</p>
      <form onSubmit={submit} noValidate>
        <input type="hidden" name="username" autoComplete="username" value={person.email} />
        <TextField
          id="invite-password"
          label={t.invite.password}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          errorId={describedBy}
          minLength={minimumLength}
          required
        />
        <TextField
          id="invite-repeat"
          label={t.invite.repeat}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          errorId={describedBy}
          required
        />
        <ActionError message={error} id={errorId} />
        <button type="submit">{t.invite.submit}</button>
      </form>
    </>
  );
}
