import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "./session.tsx";

/** Pages behind it need a signed-in user; others are sent to the login page and back afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  const t = useMessages();
  if (state.status === "checking") {
    return (
      <p role="status" className="page-loading">
        {t.loading}
      </p>
    );
  }
  if (state.status === "signed-out") {
    return <Navigate to="/logga-in" replace state={{ from: location.pathname + location.search }} />;
  }
  return <>{children}</>;
}
