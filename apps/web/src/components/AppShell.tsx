import type { CurrentUser } from "@fcs/contracts";
import type { Action } from "@fcs/contracts/permissions";
import { Link, NavLink, Outlet } from "react-router";
import { useCurrentUser, useSession } from "../features/auth/session.tsx";
import { useMay } from "../features/auth/useMay.ts";
import { type Messages, useMessages } from "../i18n/index.ts";
import { usePrefetchWhenIdle } from "./prefetch.ts";

type UserRole = CurrentUser["role"];

/** The page most people open next, fetched ahead for those who may see it (see `usePrefetchWhenIdle`). */
const loadResultsPage = () => import("../features/results/ResultsPage.tsx");

interface NavItem {
  to: string;
  label: (t: Messages, role: UserRole) => string;
  /** The permission the page needs (the API's table in @fcs/contracts). */
  needs: Action;
}

/** The menu: each entry names the permission its page needs. */
const navItems: NavItem[] = [
  { to: "/", label: (t) => t.nav.home, needs: "account.own" },
  {
    to: "/familjecentraler",
    label: (t, role) => (role === "local_coordinator" ? t.nav.myCentres : t.nav.centres),
    needs: "centres.read",
  },
  { to: "/arets-uppfoljning", label: (t) => t.year.nav, needs: "progress.read" },
  { to: "/anvandare", label: (t) => t.users.nav, needs: "users.manage" },
  { to: "/regioner", label: (t) => t.regions.nav, needs: "regions.manage" },
  { to: "/riktlinjer", label: (t) => t.guidelines.nav, needs: "guidelines.manage" },
  { to: "/import", label: (t) => t.imports.nav, needs: "imports.manage" },
  {
    to: "/resultat",
    label: (t, role) => (role === "local_coordinator" ? t.results.navLocal : t.results.nav),
    needs: "results.read",
  },
  {
    to: "/rapport",
    label: (t, role) => (role === "local_coordinator" ? t.reports.navLocal : t.reports.nav),
    needs: "reports.read",
  },
];

export function AppShell() {
  const t = useMessages();
  const user = useCurrentUser();
  const { signOut } = useSession();
  const may = useMay();
  const items = navItems.filter((item) => may(item.needs));
  usePrefetchWhenIdle(may("results.read") ? loadResultsPage : undefined);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <span className="app-name">{t.appName}</span>
          <div className="app-user">
            <span>
              <span className="visually-hidden">{t.nav.signedInAs} </span>
              {user.displayName} <span className="role-badge">{t.roles[user.role]}</span>
            </span>
            <Link to="/konto/losenord" className="app-user-link">
              {t.nav.password}
            </Link>
            <button type="button" className="button-secondary" onClick={() => void signOut()}>
              {t.nav.logout}
            </button>
          </div>
        </div>
        <nav aria-label={t.nav.label} className="app-nav">
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === "/"}>
                  {item.label(t, user.role)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
