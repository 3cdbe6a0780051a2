import { useMessages } from "../i18n/index.ts";

/**
 * What a page says when it cannot be shown: typically its code could not be fetched (the
 * connection dropped, or a new version replaced the files the open tab knows). In Swedish,
 * with the one thing that helps, instead of the router's English default.
 */
export function RouteError() {
  const t = useMessages().errors;
  return (
    <main id="main" className="login-page">
      <div className="login-card" role="alert">
        <h1>{t.pageTitle}</h1>
        <p>{t.pageBody}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </div>
    </main>
  );
}
