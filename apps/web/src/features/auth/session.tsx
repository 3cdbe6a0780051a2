import type { CurrentUser } from "@fcs/contracts";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { type ApiClient, createApiClient } from "../../api/client.ts";
import { clearDraftBackups } from "../followup/draft-backup.ts";

const storageKey = "fcs.session";

interface StoredSession {
  token: string;
  user: CurrentUser;
}

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
 * Keeps the bearer token for this browser tab (sessionStorage: it ends with the
 * tab and is never sent automatically, so there is no CSRF surface) and checks
 * it against /api/auth/me on load.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const tokenRef = useRef<string | undefined>(readStored()?.token);
  const [state, setState] = useState<SessionState>(
    tokenRef.current ? { status: "checking" } : { status: "signed-out" },
  );

  const clear = useCallback((reason?: "ended") => {
    tokenRef.current = undefined;
    sessionStorage.removeItem(storageKey);
    setState({ status: "signed-out", reason });
  }, []);

  const api = useMemo(
    () =>
      createApiClient(
        () => tokenRef.current,
        () => clear("ended"),
      ),
    [clear],
  );

  useEffect(() => {
    if (!tokenRef.current) return;
    const controller = new AbortController();
    api.auth
      .me({ signal: controller.signal })
      .then((user) => setState({ status: "signed-in", user }))
      .catch((error: unknown) => {
        if ((error as Error).name !== "AbortError") clear();
      });
    return () => controller.abort();
  }, [api, clear]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { token, user } = await api.auth.login({ body: { email, password } });
      tokenRef.current = token;
      sessionStorage.setItem(storageKey, JSON.stringify({ token, user } satisfies StoredSession));
      setState({ status: "signed-in", user });
    },
    [api],
  );

  const signOut = useCallback(async () => {
    await api.auth.logout().catch(() => undefined);
    // Signing out on purpose leaves nothing of one's unsaved work in the tab for the next person.
    clearDraftBackups();
    clear();
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

function readStored(): StoredSession | undefined {
  try {
    const raw = sessionStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as StoredSession) : undefined;
  } catch {
    return undefined;
  }
}
