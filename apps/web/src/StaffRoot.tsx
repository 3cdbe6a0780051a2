import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Outlet } from "react-router";
import { createQueryClient } from "./api/query-client.ts";
import { useSession } from "./features/auth/session.tsx";

/**
 * Every page but the kiosk's: the server state of the staff app lives here, loaded with the
 * first such page, so a tablet never downloads it. Signing out forgets all that was read.
 */
export function StaffRoot() {
  const [queryClient] = useState(createQueryClient);
  const { state } = useSession();
  // Only on signing out: the pages for the signed-out (an invitation, a new password) keep what they read.
  const wasSignedIn = useRef(false);
  useEffect(() => {
    if (state.status === "signed-in") wasSignedIn.current = true;
    else if (state.status === "signed-out" && wasSignedIn.current) {
      wasSignedIn.current = false;
      queryClient.clear();
    }
  }, [queryClient, state.status]);
  return (
    <QueryClientProvider client={queryClient}>
      <Outlet />
    </QueryClientProvider>
  );
}
