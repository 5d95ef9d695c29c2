import { createContext, Fragment, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import * as auth from "../api/session.ts";
import type { Me, Profile } from "../api/session.ts";
import { ApiError, setCsrfToken } from "./api.ts";
import { setViewerTimeZone } from "./i18n.ts";

export type Role = Me["role"];

export type { Me, Profile };

/** Reads the profile and shows every time in its zone from now on (the app re-renders with it). */
async function loadProfile(): Promise<Profile | null> {
  const profile = await auth.fetchProfile().catch(() => null);
  if (profile) setViewerTimeZone(profile.effectiveTimeZone);
  return profile;
}

type SessionState = {
  me: Me | null;
  profile: Profile | null;
  /** Takes a changed profile (the profile page saved it): times re-render in its zone. */
  setProfile(profile: Profile): void;
  loading: boolean;
  signIn(email: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
};

const SessionContext = createContext<SessionState | null>(null);

export const isStaff = (me: Me | null): boolean => me !== null && me.role !== "requester";

/** Where a person starts: managers on the dashboard, other staff in the console, employees in the portal. */
export const homeOf = (me: Me): string => (me.role === "manager" ? "/reports" : isStaff(me) ? "/console" : "/portal");

/** Knows who is signed in (asks the server once at load) and signs in and out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [profile, setProfileState] = useState<Profile | null>(null);
  const [loading, setLoading] = useState(true);
  const queryClient = useQueryClient();

  useEffect(() => {
    auth
      .fetchMe()
      .then(async (who) => {
        setCsrfToken(who.csrfToken);
        setProfileState(await loadProfile());
        setMe(who);
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 401)) console.error(error);
      })
      .finally(() => setLoading(false));
  }, []);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const who = await auth.signIn(email, password);
      setCsrfToken(who.csrfToken);
      queryClient.clear();
      setProfileState(await loadProfile());
      setMe(who);
      return who;
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    await auth.signOut().catch(() => undefined);
    setCsrfToken(null);
    queryClient.clear();
    setViewerTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
    setProfileState(null);
    setMe(null);
  }, [queryClient]);

  const setProfile = useCallback((next: Profile) => {
    setViewerTimeZone(next.effectiveTimeZone);
    setProfileState(next);
  }, []);
  const value = useMemo(
    () => ({ me, profile, loading, signIn, signOut, setProfile }),
    [me, profile, loading, signIn, signOut, setProfile],
  );
  // Every time on screen is formatted in the profile's zone: a new zone re-renders the whole app with it.
  return (
    <SessionContext.Provider value={value}>
      <Fragment key={profile?.effectiveTimeZone ?? "browser"}>{children}</Fragment>
    </SessionContext.Provider>
  );
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
