import { Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Navigate, Outlet, useLocation, useNavigate } from "react-router";
import { Preferences } from "../ui/Preferences.tsx";
import { NotificationBell } from "./NotificationBell.tsx";
import { CallerPop } from "./CallerPop.tsx";
import { disconnectLive, useLiveRefresh } from "./live.ts";
import { homeOf, isStaff, useSession, type Role } from "./session.tsx";
import { PortalChat } from "../portal/PortalChat.tsx";

function Brand() {
  return (
    <Link to="/" className="brand">
      <img src="/favicon.svg" alt="" width={24} height={24} />
      <span>Frontline</span>
    </Link>
  );
}

function SignOut() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  if (!me) return null;
  return (
    <div className="who">
      <Link to={isStaff(me) ? "/console/profile" : "/portal/profile"} aria-label={t("profile.link", { name: me.name })}>
        {me.name}
      </Link>
      <button
        type="button"
        className="link"
        onClick={() => {
          disconnectLive();
          void signOut().then(() => navigate("/sign-in"));
        }}
      >
        {t("nav.signOut")}
      </button>
    </div>
  );
}

/** Every signed-in staff member (the people escalations notify) has the bell, in every area. */
function StaffBell() {
  const { me } = useSession();
  return isStaff(me) ? <NotificationBell /> : null;
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t("loading")}
    </p>
  );
}

/** Page frame: skip link, header with navigation, main landmark. */
function Frame({ nav, children }: { nav: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="topbar">
        <Brand />
        <nav aria-label={t("nav.main")}>{nav}</nav>
        <Preferences />
        <StaffBell />
        <SignOut />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </main>
    </>
  );
}

/** Only renders its pages for a signed-in person with one of the roles; otherwise sends them to sign in. */
function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!roles.includes(me.role)) return <Navigate to="/" replace />;
  return <>{children}</>;
}

function Live() {
  useLiveRefresh();
  return null;
}

export function AgentShell() {
  const { t } = useTranslation("common");
  const { me } = useSession();
  const { pathname } = useLocation();
  const admin = me?.role === "admin";
  const manages = me?.role === "manager" || admin;
  // The queue link stays current on views and tickets, but not on "Log a call" or the notifications.
  const inQueue =
    pathname.startsWith("/console") &&
    ![
      "/console/calls",
      "/console/callbacks",
      "/console/chats",
      "/console/visits",
      "/console/notifications",
      "/console/profile",
      "/console/reviews",
      "/console/suggestions",
      "/console/kb",
      "/console/onboarding",
      "/console/tutorials",
    ].some((p) => pathname.startsWith(p));
  return (
    <RequireRole roles={["agent", "manager", "admin"]}>
      <Live />
      <CallerPop />
      <Frame
        nav={
          <>
            <Link to="/console" className={inQueue ? "active" : undefined} aria-current={inQueue ? "page" : undefined}>
              {t("nav.queue")}
            </Link>
            <NavLink to="/console/calls/new">{t("nav.logCall")}</NavLink>
            <NavLink to="/console/callbacks">{t("nav.callbacks")}</NavLink>
            <NavLink to="/console/chat-interactions/new">{t("nav.logChat")}</NavLink>
            <NavLink to="/console/chats">{t("nav.chats")}</NavLink>
            <NavLink to="/console/visits">{t("nav.visits")}</NavLink>
            <NavLink to="/console/reviews">{t("nav.reviews")}</NavLink>
            <NavLink to="/console/kb">{t("nav.kbEditor")}</NavLink>
            <NavLink to="/reports">{t("nav.dashboard")}</NavLink>
            {manages ? <NavLink to="/console/suggestions">{t("nav.suggestions")}</NavLink> : null}
            <NavLink to="/console/tutorials">{t("nav.tutorials")}</NavLink>
            {manages ? <NavLink to="/console/onboarding">{t("nav.onboarding")}</NavLink> : null}
            {admin ? <NavLink to="/admin">{t("nav.admin")}</NavLink> : null}
          </>
        }
      >
        <Outlet />
      </Frame>
    </RequireRole>
  );
}

export function AdminShell() {
  const { t } = useTranslation("common");
  return (
    <RequireRole roles={["admin"]}>
      <Frame
        nav={
          <>
            <NavLink to="/console" end>
              {t("nav.queue")}
            </NavLink>
            <NavLink to="/reports">{t("nav.dashboard")}</NavLink>
            <NavLink to="/admin">{t("nav.admin")}</NavLink>
          </>
        }
      >
        <Outlet />
      </Frame>
    </RequireRole>
  );
}

export function PortalShell() {
  const { t } = useTranslation("common");
  const { me } = useSession();
  return (
    <RequireRole roles={["requester", "agent", "manager", "admin"]}>
      <Live />
      <Frame
        nav={
          <>
            <NavLink to="/portal" end>
              {t("nav.myRequests")}
            </NavLink>
            <NavLink to="/portal/new">{t("nav.newRequest")}</NavLink>
            <NavLink to="/kb">{t("nav.knowledgeBase")}</NavLink>
            <NavLink to="/portal/suggestions">{t("nav.suggestions")}</NavLink>
            <NavLink to="/kb/tutorials">{t("nav.tutorials")}</NavLink>
            <NavLink to="/sla">{t("nav.sla")}</NavLink>
            {me?.orgManager ? <NavLink to="/portal/reviews">{t("nav.reviews")}</NavLink> : null}
          </>
        }
      >
        <Outlet />
        <PortalChat />
      </Frame>
    </RequireRole>
  );
}

export function PublicShell() {
  const { t } = useTranslation("common");
  const { me } = useSession();
  return (
    <Frame
      nav={
        <>
          <NavLink to="/kb">{t("nav.knowledgeBase")}</NavLink>
          <NavLink to="/sla">{t("nav.sla")}</NavLink>
          <NavLink to="/consultation">{t("nav.consultation")}</NavLink>
          <NavLink to="/status">{t("nav.status")}</NavLink>
          <NavLink to="/suggestions/new">{t("nav.suggest")}</NavLink>
          <NavLink to="/kb/tutorials">{t("nav.tutorials")}</NavLink>
          {me ? (
            <NavLink to={homeOf(me)}>{t("nav.backToApp")}</NavLink>
          ) : (
            <NavLink to="/sign-in">{t("nav.signIn")}</NavLink>
          )}
        </>
      }
    >
      <Outlet />
    </Frame>
  );
}

/** "/" sends people where they work: managers to the dashboard, other staff to the console, employees to the portal. */
export function Home() {
  const { me, loading } = useSession();
  if (loading) return <Loading />;
  if (!me) return <Navigate to="/sign-in" replace />;
  return <Navigate to={homeOf(me)} replace />;
}
