import type { ComponentType } from "react";
import { createBrowserRouter } from "react-router";
import { RouteError } from "./components/RouteError.tsx";
import { KioskPage } from "./features/kiosk/KioskPage.tsx";

/**
 * The kiosk is in the first download, and nothing else: a tablet starts fast and offline.
 * Every other page is its own chunk, loaded when first opened, under the staff app's root.
 */
const page =
  <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  async () => ({ Component: (await load())[name] });

const loading = <p role="status">Laddar …</p>;

export const router = createBrowserRouter([
  { path: "/kiosk", element: <KioskPage /> },
  { path: "/enkat/besok", element: <KioskPage source="link" /> },
  { path: "/enkat/personal", element: <KioskPage source="link" /> },
  {
    lazy: page(() => import("./StaffRoot.tsx"), "StaffRoot"),
    hydrateFallbackElement: loading,
    errorElement: <RouteError />,
    children: [
      { path: "/logga-in", lazy: page(() => import("./features/auth/LoginPage.tsx"), "LoginPage") },
      { path: "/inbjudan", lazy: page(() => import("./features/auth/InvitePage.tsx"), "InvitePage") },
      { path: "/nytt-losenord", lazy: page(() => import("./features/auth/InvitePage.tsx"), "ResetPasswordPage") },
      {
        path: "/glomt-losenord",
        lazy: page(() => import("./features/auth/ForgotPasswordPage.tsx"), "ForgotPasswordPage"),
      },
      {
        lazy: page(() => import("./SignedInLayout.tsx"), "SignedInLayout"),
        children: [
          { index: true, lazy: page(() => import("./features/home/HomePage.tsx"), "HomePage") },
          {
            path: "familjecentraler",
            lazy: page(() => import("./features/centres/CentreListPage.tsx"), "CentreListPage"),
          },
          { path: "arets-uppfoljning", lazy: page(() => import("./features/year/YearPage.tsx"), "YearPage") },
          { path: "resultat", lazy: page(() => import("./features/results/ResultsPage.tsx"), "ResultsPage") },
          { path: "rapport", lazy: page(() => import("./features/reports/ReportPage.tsx"), "ReportPage") },
          {
            path: "familjecentraler/ny",
            lazy: page(() => import("./features/admin/NewCentrePage.tsx"), "NewCentrePage"),
          },
          { path: "konto/losenord", lazy: page(() => import("./features/auth/PasswordPage.tsx"), "PasswordPage") },
          { path: "anvandare", lazy: page(() => import("./features/users/UsersPage.tsx"), "UsersPage") },
          { path: "regioner", lazy: page(() => import("./features/regions/RegionsPage.tsx"), "RegionsPage") },
          {
            path: "riktlinjer",
            lazy: page(() => import("./features/guidelines/GuidelinesPage.tsx"), "GuidelinesPage"),
          },
          { path: "import", lazy: page(() => import("./features/imports/ImportPage.tsx"), "ImportPage") },
          {
            path: "familjecentraler/:centreId/hantera",
            lazy: page(() => import("./features/admin/ManageCentrePage.tsx"), "ManageCentrePage"),
          },
          {
            path: "familjecentraler/:centreId/insamling",
            lazy: page(() => import("./features/collection/CollectionPage.tsx"), "CollectionPage"),
          },
          {
            path: "familjecentraler/:centreId/pappersinmatning",
            lazy: page(() => import("./features/paper/PaperEntryPage.tsx"), "PaperEntryPage"),
          },
          {
            path: "familjecentraler/:centreId/pappersenkat",
            lazy: page(() => import("./features/paper/PaperFormPage.tsx"), "PaperFormPage"),
          },
          {
            path: "familjecentraler/:centreId/uppfoljning/:year",
            lazy: page(() => import("./features/followup/FollowUpPage.tsx"), "FollowUpPage"),
          },
          { path: "*", lazy: page(() => import("./components/NotFoundPage.tsx"), "NotFoundPage") },
        ],
      },
    ],
  },
]);
