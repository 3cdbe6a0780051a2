import type { LinkResult } from "@fcs/contracts";
import { useMessages } from "../../i18n/index.ts";

/** After an invitation or reset: that the e-mail went, or the link to pass on when no e-mail could be sent. */
export function LinkHandout({ result }: { result: LinkResult }) {
  const messages = useMessages();
  const t = messages.users;
  if (result.mailed || !result.link) {
    return (
      <p role="status" className="notice">
        {t.mailed(result.user.displayName, result.user.email)}
      </p>
    );
  }
  return (
    <div role="status" className="handout">
      <p>
        <strong>{t.linkFor(result.user.displayName)}</strong>
      </p>
      <p className="link-url">{`${window.location.origin}${result.link.path}`}</p>
      <p>{messages.admin.noMailServer}</p>
    </div>
  );
}
