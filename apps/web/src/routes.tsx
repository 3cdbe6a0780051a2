import { createBrowserRouter } from "react-router";
import { AppShell } from "./components/AppShell.tsx";
import { NotFoundPage } from "./components/NotFoundPage.tsx";
import { LoginPage } from "./features/auth/LoginPage.tsx";
import { RequireSignIn } from "./features/auth/RequireSignIn.tsx";
import { CentreListPage } from "./features/centres/CentreListPage.tsx";
import { HomePage } from "./features/home/HomePage.tsx";
import { KioskPage } from "./features/kiosk/KioskPage.tsx";

export const router = createBrowserRouter([
  { path: "/logga-in", element: <LoginPage /> },
  { path: "/kiosk", element: <KioskPage /> },
  {
    element: (
      <RequireSignIn>
        <AppShell />
      </RequireSignIn>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: "familjecentraler", element: <CentreListPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
