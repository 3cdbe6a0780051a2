import type { CurrentUser } from "@fcs/contracts";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { type ApiClient, createApiClient } from "../../api/client.ts";
import { clearDraftBackups } from "../followup/draft-backup.ts";

/** Set by the server beside the HttpOnly session cookie; it holds no secret, only "a session may exist". */
const signedInHint = "fcs_signed_in=1";
/** Tells the browser's other tabs that someone signed in or out here. */
const channelName = "fcs.session";

type SessionState =
  | { status: "checking" }
  | { status: "signed-out"; reason?: "ended" }
  | { status: "signed-in"; user: CurrentUser };

interface SessionContextValue {
  state: SessionState;
  api: ApiClient;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * The session is an HttpOnly cookie the browser shares between its tabs, so a new tab, a
 * bookmark or a link from a colleague opens signed in. No script can read the token; the
 * provider asks /api/auth/me who is signed in, and tabs tell each other when someone
 * signs in or out.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() =>
    mayBeSignedIn() ? { status: "checking" } : { status: "signed-out" },
  );
  const signedInRef = useRef(false);
  signedInRef.current = state.status === "signed-in";

  const clear = useCallback((reason?: "ended") => setState({ status: "signed-out", reason }), []);

  const api = useMemo(
    () =>
      createApiClient(
        () => signedInRef.current,
        () => clear("ended"),
      ),
    [clear],
  );

  const check = useCallback(
    (signal?: AbortSignal) =>
      api.auth
        .me({ signal })
        .then((user) => setState({ status: "signed-in", user }))
        .catch((error: unknown) => {
          if ((error as Error).name !== "AbortError") clear();
        }),
    [api, clear],
  );

  useEffect(() => {
    if (!mayBeSignedIn()) return;
    const controller = new AbortController();
    void check(controller.signal);
    return () => controller.abort();
  }, [check]);

  const channelRef = useRef<BroadcastChannel | undefined>(undefined);
  useEffect(() => {
    if (!("BroadcastChannel" in window)) return;
    const channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent<"signed-in" | "signed-out">) => {
      if (event.data === "signed-in") void check();
      else clear(signedInRef.current ? "ended" : undefined);
    };
    channelRef.current = channel;
    return () => {
      channelRef.current = undefined;
      channel.close();
    };
  }, [check, clear]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { user } = await api.auth.login({ body: { email, password } });
      setState({ status: "signed-in", user });
      channelRef.current?.postMessage("signed-in");
    },
    [api],
  );

  const signOut = useCallback(async () => {
    await api.auth.logout().catch(() => undefined);
    // Signing out on purpose leaves nothing of one's unsaved work in the tab for the next person.
    clearDraftBackups();
    clear();
    channelRef.current?.postMessage("signed-out");
  }, [api, clear]);

  const value = useMemo(() => ({ state, api, signIn, signOut }), [state, api, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

/** The signed-in user; only for pages behind RequireSignIn. */
export function useCurrentUser(): CurrentUser {
  const { state } = useSession();
  if (state.status !== "signed-in") throw new Error("useCurrentUser without a signed-in user");
  return state.user;
}

function mayBeSignedIn(): boolean {
  return document.cookie.split(/;\s*/).includes(signedInHint);
}
