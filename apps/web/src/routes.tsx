import { createBrowserRouter } from "react-router";
import { AppShell } from "./components/AppShell.tsx";
import { NotFoundPage } from "./components/NotFoundPage.tsx";
import { LoginPage } from "./features/auth/LoginPage.tsx";
import { RequireSignIn } from "./features/auth/RequireSignIn.tsx";
import { CentreListPage } from "./features/centres/CentreListPage.tsx";
import { CollectionPage } from "./features/collection/CollectionPage.tsx";
import { HomePage } from "./features/home/HomePage.tsx";
import { KioskPage } from "./features/kiosk/KioskPage.tsx";

export const router = createBrowserRouter([
  { path: "/logga-in", element: <LoginPage /> },
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
      { path: "familjecentraler/:centreId/insamling", element: <CollectionPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
