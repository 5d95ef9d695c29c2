import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { api, ApiError, setCsrfToken } from "./api.ts";

export type Role = "requester" | "agent" | "manager" | "admin";

/** The signed-in person, as GET /api/v1/auth/me answers. */
export type Me = {
  id: string;
  name: string;
  role: Role;
  organizationId: string;
  orgManager: boolean;
  groupIds: string[];
  scopes: string[];
  csrfToken: string | null;
};

type SessionState = {
  me: Me | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
};

const SessionContext = createContext<SessionState | null>(null);

export const isStaff = (me: Me | null): boolean => me !== null && me.role !== "requester";

/** Knows who is signed in (asks the server once at load) and signs in and out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const queryClient = useQueryClient();

  useEffect(() => {
    api<Me>("GET", "/api/v1/auth/me")
      .then((who) => {
        setCsrfToken(who.csrfToken);
        setMe(who);
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 401)) console.error(error);
      })
      .finally(() => setLoading(false));
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const who = await api<Me>("POST", "/api/v1/auth/login", { email, password });
    setCsrfToken(who.csrfToken);
    queryClient.clear();
    setMe(who);
    return who;
  }, [queryClient]);

  const signOut = useCallback(async () => {
    await api("POST", "/api/v1/auth/logout").catch(() => undefined);
    setCsrfToken(null);
    queryClient.clear();
    setMe(null);
  }, [queryClient]);

  const value = useMemo(() => ({ me, loading, signIn, signOut }), [me, loading, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession outside SessionProvider");
  return state;
}

/** The signed-in person inside a shell that only renders when someone is signed in. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error("useMe without a signed-in person");
  return me;
}
