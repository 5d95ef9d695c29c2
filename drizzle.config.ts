import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes the next SQL migration from the *.tables.ts files; review it, rename it NNNN_snake_name.sql.
export default defineConfig({
  dialect: "postgresql",
  schema: [
    "./src/identity/identity.tables.ts",
    "./src/tickets/ticket.tables.ts",
    "./src/sla/sla.tables.ts",
    "./src/platform/jobs/jobs.tables.ts",
    "./src/platform/http/idempotency.tables.ts",
    "./src/tickets/agent-tools.tables.ts",
    "./src/channels/channels.tables.ts",
    "./src/channels/chat/chat.tables.ts",
    "./src/feedback/feedback.tables.ts",
    "./src/feedback/survey/survey.tables.ts",
    "./src/feedback/regular-survey/regular-survey.tables.ts",
    "./src/feedback/suggestion/suggestion.tables.ts",
    "./src/channels/email/mail.tables.ts",
    "./src/channels/email/imap-lease.tables.ts",
    "./src/reports/review-pack/review-pack.tables.ts",
    "./src/reports/indicator-facts.tables.ts",
    "./src/reports/review/review.tables.ts",
    "./src/tickets/search/ticket-search.tables.ts",
    "./src/knowledge/search/search-log.tables.ts",
    "./src/knowledge/tutorial/tutorial.tables.ts",
    "./src/knowledge/playlist/playlist.tables.ts",
    "./src/knowledge/onboarding/onboarding.tables.ts",
    "./src/knowledge/article/article.tables.ts",
  ],
  out: "./migrations",
  migrations: { prefix: "index" },
});
