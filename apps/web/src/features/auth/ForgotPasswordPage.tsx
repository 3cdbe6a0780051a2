import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "./session.tsx";

/** "Glömt lösenordet?": asks for a one-time link by e-mail, or says whom to ask where no e-mail is sent. */
export function ForgotPasswordPage() {
  const t = useMessages();
  const { api } = useSession();
  const [email, setEmail] = useState("");
  const [answer, setAnswer] = useState<{ mailConfigured: boolean }>();
  const { error, run } = useAction(t.errors.network);

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => setAnswer(await api.auth.requestPasswordReset({ body: { email: email.trim() } })));
  }

  return (
    <main id="main" className="login-page">
      <div className="login-card">
        <p className="app-name">{t.appName}</p>
        <PageHeading>{t.forgot.title}</PageHeading>
        {answer ? (
          <p className="notice" role="status">
            {answer.mailConfigured ? t.forgot.sent : t.forgot.noMail}
          </p>
        ) : (
          <>
            <p>{t.forgot.intro}</p>
            <form onSubmit={submit}>
              <TextField
                id="forgot-email"
                label={t.forgot.email}
                type="email"
                autoComplete="username"
                value={email}
                onChange={setEmail}
                required
              />
              <ActionError message={error} />
              <button type="submit">{t.forgot.submit}</button>
            </form>
          </>
        )}
        <p>
          <Link to="/logga-in">{t.forgot.toLogin}</Link>
        </p>
      </div>
    </main>
  );
}
