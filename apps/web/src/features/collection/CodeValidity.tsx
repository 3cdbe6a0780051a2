import { type ReactNode, useEffect, useState } from "react";
import { useMessages } from "../../i18n/index.ts";

const timeFormat = new Intl.DateTimeFormat("sv-SE", { hour: "2-digit", minute: "2-digit" });

/**
 * How long a tablet code is still valid, counted down by the second beside the time it ends;
 * once it has ended the code's QR code goes and the page says to make a new one. The
 * seconds are not announced to screen readers, only the end.
 */
export function CodeValidity({ expiresAt, children }: { expiresAt: string; children: ReactNode }) {
  const t = useMessages().collection;
  const end = Date.parse(expiresAt);
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((end - now) / 1000));
  const expired = left === 0;

  useEffect(() => {
    if (expired) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [expired]);

  if (expired)
    return (
      <p className="code-expired" role="alert">
        {t.codeExpired}
      </p>
    );
  return (
    <>
      <p>
        {t.codeValidUntil(timeFormat.format(new Date(end)))}{" "}
        <span className="code-countdown">({t.codeLeft(Math.floor(left / 60), left % 60)})</span>
      </p>
      {children}
    </>
  );
}
