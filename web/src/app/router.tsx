import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { AdminShell, AgentShell, Home, PortalShell, PublicShell } from "./shells.tsx";
import { SignInPage } from "./SignInPage.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";

// Each area is its own chunk: the console's first load carries no admin, portal or public code.
const QueuePage = lazy(() => import("../console/QueuePage.tsx"));
const TicketPage = lazy(() => import("../console/TicketPage.tsx"));
const LogCallPage = lazy(() => import("../console/LogCallPage.tsx"));
const LogChatPage = lazy(() => import("../console/LogChatPage.tsx"));
const CallbacksPage = lazy(() => import("../console/CallbacksPage.tsx"));
const ChatsPage = lazy(() => import("../console/ChatsPage.tsx"));
const NotificationsPage = lazy(() => import("../console/NotificationsPage.tsx"));
const DayViewPage = lazy(() => import("../console/DayViewPage.tsx"));
const VisitPage = lazy(() => import("../console/VisitPage.tsx"));
const ProfilePage = lazy(() => import("./ProfilePage.tsx"));
const MyRequestsPage = lazy(() => import("../portal/MyRequestsPage.tsx"));
const NewRequestPage = lazy(() => import("../portal/NewRequestPage.tsx"));
const RequestPage = lazy(() => import("../portal/RequestPage.tsx"));
const MySuggestionsPage = lazy(() => import("../portal/MySuggestionsPage.tsx"));
const NewSuggestionPage = lazy(() => import("../portal/NewSuggestionPage.tsx"));
const DashboardPage = lazy(() => import("../reports/DashboardPage.tsx"));
const FigureTicketsPage = lazy(() => import("../reports/FigureTicketsPage.tsx"));
const SurveyResultsPage = lazy(() => import("../reports/SurveyResultsPage.tsx"));
const AdminArea = lazy(() => import("../admin/AdminArea.tsx"));
const ReviewsPage = lazy(() => import("../reviews/ReviewsPage.tsx"));
const ReviewPage = lazy(() => import("../reviews/ReviewPage.tsx"));
const SlaPage = lazy(() => import("../public/SlaPage.tsx"));
const ConsultationPage = lazy(() => import("../public/ConsultationPage.tsx"));
const StatusPage = lazy(() => import("../public/StatusPage.tsx"));
const ConsultationConfirmPage = lazy(() => import("../public/ConsultationConfirmPage.tsx"));
const SurveyPage = lazy(() => import("../public/SurveyPage.tsx"));
const RegularSurveyPage = lazy(() => import("../public/RegularSurveyPage.tsx"));
const SuggestionPage = lazy(() => import("../public/SuggestionPage.tsx"));
const SuggestionsPage = lazy(() => import("../console/SuggestionsPage.tsx"));
const KbListPage = lazy(() => import("../kb-editor/KbListPage.tsx"));
const ArticleEditorPage = lazy(() => import("../kb-editor/ArticleEditorPage.tsx"));
const KbReportPage = lazy(() => import("../kb-editor/KbReportPage.tsx"));
const KbSearchStatsPage = lazy(() => import("../kb-editor/KbSearchStatsPage.tsx"));
const TutorialsPage = lazy(() => import("../tutorials/TutorialsPage.tsx"));
const TutorialPage = lazy(() => import("../tutorials/TutorialPage.tsx"));
const PlaylistPage = lazy(() => import("../tutorials/PlaylistPage.tsx"));
const OnboardingProgressPage = lazy(() => import("../tutorials/OnboardingProgressPage.tsx"));
const TutorialAdminPage = lazy(() => import("../tutorials/TutorialAdminPage.tsx"));
const KbHomePage = lazy(() => import("../kb/KbHomePage.tsx"));
const ArticlePage = lazy(() => import("../kb/ArticlePage.tsx"));

export const router = createBrowserRouter([
  { path: "/", element: <Home /> },
  {
    element: <PublicShell />,
    children: [
      { path: "/sign-in", element: <SignInPage /> },
      { path: "/sla", element: <SlaPage /> },
      { path: "/sla/versions/:version", element: <SlaPage /> },
      { path: "/consultation", element: <ConsultationPage /> },
      { path: "/consultation/confirm", element: <ConsultationConfirmPage /> },
      { path: "/status", element: <StatusPage /> },
      { path: "/survey/:token", element: <SurveyPage /> },
      { path: "/survey/regular/:token", element: <RegularSurveyPage /> },
      { path: "/suggestions/new", element: <SuggestionPage /> },
      { path: "/suggestions/status/:token", element: <SuggestionPage /> },
      { path: "/kb/tutorials", element: <TutorialsPage /> },
      { path: "/kb/tutorials/:id", element: <TutorialPage /> },
      { path: "/kb/playlists/:id", element: <PlaylistPage /> },
      { path: "/kb", element: <KbHomePage /> },
      { path: "/kb/articles/:id", element: <ArticlePage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
  {
    element: <AgentShell />,
    children: [
      { path: "/console", element: <QueuePage /> },
      { path: "/console/views/:view", element: <QueuePage /> },
      { path: "/console/tickets/:ref", element: <TicketPage /> },
      { path: "/console/calls/new", element: <LogCallPage /> },
      { path: "/console/callbacks", element: <CallbacksPage /> },
      { path: "/console/chat-interactions/new", element: <LogChatPage /> },
      { path: "/console/chats", element: <ChatsPage /> },
      { path: "/console/notifications", element: <NotificationsPage /> },
      { path: "/console/visits", element: <DayViewPage /> },
      { path: "/console/visits/:id", element: <VisitPage /> },
      { path: "/console/suggestions", element: <SuggestionsPage /> },
      { path: "/console/onboarding", element: <OnboardingProgressPage /> },
      { path: "/console/tutorials", element: <TutorialAdminPage /> },
      { path: "/console/tutorials/:id", element: <TutorialAdminPage /> },
      { path: "/console/profile", element: <ProfilePage /> },
      { path: "/console/reviews", element: <ReviewsPage base="/console/reviews" /> },
      { path: "/console/reviews/:id", element: <ReviewPage base="/console/reviews" /> },
      { path: "/console/kb", element: <KbListPage /> },
      { path: "/console/kb/new", element: <ArticleEditorPage /> },
      { path: "/console/kb/:id/edit", element: <ArticleEditorPage /> },
      { path: "/console/kb/report", element: <KbReportPage /> },
      { path: "/console/kb/search-stats", element: <KbSearchStatsPage /> },
      { path: "/reports", element: <DashboardPage /> },
      { path: "/reports/tickets/:figure", element: <FigureTicketsPage /> },
      { path: "/reports/surveys/:id", element: <SurveyResultsPage /> },
    ],
  },
  {
    element: <PortalShell />,
    children: [
      { path: "/portal", element: <MyRequestsPage /> },
      { path: "/portal/new", element: <NewRequestPage /> },
      { path: "/portal/requests/:ref", element: <RequestPage /> },
      { path: "/portal/suggestions", element: <MySuggestionsPage /> },
      { path: "/portal/suggestions/new", element: <NewSuggestionPage /> },
      { path: "/portal/profile", element: <ProfilePage /> },
      { path: "/portal/reviews", element: <ReviewsPage base="/portal/reviews" /> },
      { path: "/portal/reviews/:id", element: <ReviewPage base="/portal/reviews" /> },
    ],
  },
  { element: <AdminShell />, children: [{ path: "/admin/*", element: <AdminArea /> }] },
]);
