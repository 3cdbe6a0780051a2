import { type FormEvent, useId, useState } from "react";
import { Link, Navigate, useLocation } from "react-router";
import { ApiError } from "../../api/client.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "./session.tsx";

export function LoginPage() {
  const t = useMessages();
  const { state, signIn } = useSession();
  const location = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const errorId = useId();

  if (state.status === "signed-in") {
    const from = (location.state as { from?: string } | null)?.from ?? "/";
    return <Navigate to={from} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t.login.missingFields);
      return;
    }
    setSubmitting(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t.errors.network);
    } finally {
      setSubmitting(false);
    }
  }

  const describedBy = error ? errorId : undefined;
  return (
    <main id="main" className="login-page">
      <div className="login-card">
        <p className="app-name">{t.appName}</p>
        <PageHeading>{t.login.title}</PageHeading>
        <p>{t.login.intro}</p>
        {state.status === "signed-out" && state.reason === "ended" && !error && (
          <p className="notice" role="status">
            {t.login.sessionEnded}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <TextField
            id="login-email"
            label={t.login.email}
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            errorId={describedBy}
            required
          />
          <TextField
            id="login-password"
            label={t.login.password}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            errorId={describedBy}
            required
          />
          <ActionError message={error} id={errorId} />
          <button type="submit" disabled={submitting}>
            {submitting ? t.login.submitting : t.login.submit}
          </button>
        </form>
        <p>
          <Link to="/glomt-losenord">{t.login.forgot}</Link>
        </p>
      </div>
    </main>
  );
}
