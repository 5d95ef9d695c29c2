import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Route, Routes, useLocation } from "react-router";
import { AdminIndex } from "./AdminIndex.tsx";
import { AuditPage } from "./audit/AuditPage.tsx";
import { CalendarPage } from "./calendars/CalendarPage.tsx";
import { CalendarsPage } from "./calendars/CalendarsPage.tsx";
import { CannedResponsesPage } from "./canned/CannedResponsesPage.tsx";
import { CategoriesPage } from "./categories/CategoriesPage.tsx";
import { ChannelsPage } from "./channels/ChannelsPage.tsx";
import { AnnounceProvider } from "./feedback.tsx";
import { MailPage } from "./mail/MailPage.tsx";
import { GroupPage } from "./groups/GroupPage.tsx";
import { GroupsPage } from "./groups/GroupsPage.tsx";
import { OrganizationsPage } from "./organizations/OrganizationsPage.tsx";
import { PeoplePage } from "./people/PeoplePage.tsx";
import { PersonPage } from "./people/PersonPage.tsx";
import { PoliciesPage } from "./policies/PoliciesPage.tsx";
import { PolicyPage } from "./policies/PolicyPage.tsx";
import { NewPolicyPage } from "./policies/NewPolicyPage.tsx";
import { PriorityMatrixPage } from "./matrix/PriorityMatrixPage.tsx";
import { RemoteToolsPage } from "./remote-tools/RemoteToolsPage.tsx";
import { RoutingRulesPage } from "./routing/RoutingRulesPage.tsx";
import { adminPath, SECTIONS } from "./sections.ts";
import { RegularSurveysPage } from "./regular-surveys/RegularSurveysPage.tsx";
import { SurveySettingsPage } from "./survey/SurveySettingsPage.tsx";
import { TokensPage } from "./tokens/TokensPage.tsx";
import { WhatsappPage } from "./whatsapp/WhatsappPage.tsx";
import { ChatChannelsPage } from "./chat-channels/ChatChannelsPage.tsx";
import "./admin.css";

function AdminNotFound() {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <div className="page">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <NavLink to="/admin">{t("notFound.back")}</NavLink>
    </div>
  );
}

/** The administration area (admins only; mounted at /admin/*): a sidebar of topics and one screen per topic. */
export default function AdminArea() {
  const { t } = useTranslation(["admin", "common"]);
  const { pathname } = useLocation();
  // On phones the sidebar is a sideways-scrolling row: keep the current topic in view.
  useEffect(() => {
    document.querySelector(".admin-nav a.active")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  return (
    <AnnounceProvider>
      <div className="admin-layout">
        <nav aria-label={t("nav.label")} className="admin-nav">
          <ul>
            <li>
              <NavLink to="/admin" end>
                {t("nav.overview")}
              </NavLink>
            </li>
            {SECTIONS.map((s) => (
              <li key={s}>
                <NavLink to={adminPath(s)}>{t(`sections.${s}.title`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="admin-content">
          <Routes>
            <Route index element={<AdminIndex />} />
            <Route path="calendars" element={<CalendarsPage />} />
            <Route path="calendars/new" element={<CalendarPage />} />
            <Route path="calendars/:id" element={<CalendarPage />} />
            <Route path="policies" element={<PoliciesPage />} />
            <Route path="policies/new" element={<NewPolicyPage />} />
            <Route path="policies/:id" element={<PolicyPage />} />
            <Route path="priority-matrix" element={<PriorityMatrixPage />} />
            <Route path="groups" element={<GroupsPage />} />
            <Route path="groups/new" element={<GroupPage />} />
            <Route path="groups/:id" element={<GroupPage />} />
            <Route path="people" element={<PeoplePage />} />
            <Route path="people/new" element={<PersonPage />} />
            <Route path="people/:id" element={<PersonPage />} />
            <Route path="organizations" element={<OrganizationsPage />} />
            <Route path="organizations/:id" element={<OrganizationsPage />} />
            <Route path="routing-rules" element={<RoutingRulesPage />} />
            <Route path="routing-rules/:id" element={<RoutingRulesPage />} />
            <Route path="categories" element={<CategoriesPage />} />
            <Route path="categories/:id" element={<CategoriesPage />} />
            <Route path="tokens" element={<TokensPage />} />
            <Route path="channels" element={<ChannelsPage />} />
            <Route path="mail" element={<MailPage />} />
            <Route path="whatsapp" element={<WhatsappPage />} />
            <Route path="remote-tools" element={<RemoteToolsPage />} />
            <Route path="chat-channels" element={<ChatChannelsPage />} />
            <Route path="canned-responses" element={<CannedResponsesPage />} />
            <Route path="canned-responses/:id" element={<CannedResponsesPage />} />
            <Route path="survey" element={<SurveySettingsPage />} />
            <Route path="regular-surveys" element={<RegularSurveysPage />} />
            <Route path="regular-surveys/:id" element={<RegularSurveysPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="*" element={<AdminNotFound />} />
          </Routes>
        </div>
      </div>
    </AnnounceProvider>
  );
}
