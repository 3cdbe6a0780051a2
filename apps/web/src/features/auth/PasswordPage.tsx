import { type FormEvent, useState } from "react";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "./session.tsx";

/** "Byt lösenord": one's own new password, with the current one; other sign-ins end. */
export function PasswordPage() {
  const t = useMessages().password;
  const { api } = useSession();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [done, setDone] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const { error, run } = useAction(useMessages().errors.network);

  function change(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    setMismatch(next !== repeat);
    if (next !== repeat) return;
    void run(async () => {
      await api.auth.changePassword({ body: { currentPassword: current, newPassword: next } });
      setCurrent("");
      setNext("");
      setRepeat("");
      setDone(true);
    });
  }

  return (
    <>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <form onSubmit={change} className="narrow-form">
        <TextField
          id="current-password"
          label={t.current}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          required
        />
        <TextField
          id="new-password"
          label={t.next}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          minLength={12}
          required
        />
        <TextField
          id="repeat-password"
          label={t.repeat}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          required
        />
        <button type="submit">{t.save}</button>
      </form>
      <ActionError message={mismatch ? t.mismatch : error} />
      {done && (
        <p role="status" className="notice">
          {t.done}
        </p>
      )}
    </>
  );
}
