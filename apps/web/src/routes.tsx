import { lazy, Suspense } from "react";
import { createBrowserRouter } from "react-router";
import { AppShell } from "./components/AppShell.tsx";
import { NotFoundPage } from "./components/NotFoundPage.tsx";
import { ManageCentrePage } from "./features/admin/ManageCentrePage.tsx";
import { NewCentrePage } from "./features/admin/NewCentrePage.tsx";
import { ForgotPasswordPage } from "./features/auth/ForgotPasswordPage.tsx";
import { InvitePage } from "./features/auth/InvitePage.tsx";
import { LoginPage } from "./features/auth/LoginPage.tsx";
import { PasswordPage } from "./features/auth/PasswordPage.tsx";
import { RequireSignIn } from "./features/auth/RequireSignIn.tsx";
import { CentreListPage } from "./features/centres/CentreListPage.tsx";
import { CollectionPage } from "./features/collection/CollectionPage.tsx";
import { FollowUpPage } from "./features/followup/FollowUpPage.tsx";
import { HomePage } from "./features/home/HomePage.tsx";
import { KioskPage } from "./features/kiosk/KioskPage.tsx";
import { RegionsPage } from "./features/regions/RegionsPage.tsx";
import { UsersPage } from "./features/users/UsersPage.tsx";
import { YearPage } from "./features/year/YearPage.tsx";

// The dashboards carry the chart library: loaded when first opened, not with every page.
const ResultsPage = lazy(() => import("./features/results/ResultsPage.tsx").then((m) => ({ default: m.ResultsPage })));
const ReportPage = lazy(() => import("./features/reports/ReportPage.tsx").then((m) => ({ default: m.ReportPage })));

export const router = createBrowserRouter([
  { path: "/logga-in", element: <LoginPage /> },
  { path: "/inbjudan", element: <InvitePage /> },
  { path: "/nytt-losenord", element: <InvitePage reset /> },
  { path: "/glomt-losenord", element: <ForgotPasswordPage /> },
  { path: "/kiosk", element: <KioskPage /> },
  { path: "/enkat/besok", element: <KioskPage source="link" /> },
  { path: "/enkat/personal", element: <KioskPage source="link" /> },
  {
    element: (
      <RequireSignIn>
        <AppShell />
      </RequireSignIn>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: "familjecentraler", element: <CentreListPage /> },
      { path: "arets-uppfoljning", element: <YearPage /> },
      {
        path: "resultat",
        element: (
          <Suspense fallback={<p role="status">Laddar …</p>}>
            <ResultsPage />
          </Suspense>
        ),
      },
      {
        path: "rapport",
        element: (
          <Suspense fallback={<p role="status">Laddar …</p>}>
            <ReportPage />
          </Suspense>
        ),
      },
      { path: "familjecentraler/ny", element: <NewCentrePage /> },
      { path: "konto/losenord", element: <PasswordPage /> },
      { path: "anvandare", element: <UsersPage /> },
      { path: "regioner", element: <RegionsPage /> },
      { path: "familjecentraler/:centreId/hantera", element: <ManageCentrePage /> },
      { path: "familjecentraler/:centreId/insamling", element: <CollectionPage /> },
      { path: "familjecentraler/:centreId/uppfoljning/:year", element: <FollowUpPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
