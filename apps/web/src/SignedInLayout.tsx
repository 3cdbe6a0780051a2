import { AppShell } from "./components/AppShell.tsx";
import { RequireSignIn } from "./features/auth/RequireSignIn.tsx";

/** The frame of every page behind the sign-in. */
export function SignedInLayout() {
  return (
    <RequireSignIn>
      <AppShell />
    </RequireSignIn>
  );
}
