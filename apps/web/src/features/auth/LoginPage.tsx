import { type FormEvent, useId, useState } from "react";
import { Navigate, useLocation } from "react-router";
import { ApiError } from "../../api/client.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
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
          <div className="field">
            <label htmlFor="login-email">{t.login.email}</label>
            <input
              id="login-email"
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              required
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t.login.password}</label>
            <input
              id="login-password"
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              required
            />
          </div>
          {error && (
            <p id={errorId} className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={submitting}>
            {submitting ? t.login.submitting : t.login.submit}
          </button>
        </form>
      </div>
    </main>
  );
}
