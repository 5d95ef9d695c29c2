import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN,
  AGENT,
  BROWSER_TEST_TIMEOUT,
  documentState,
  EMPLOYEE,
  runAxe,
  screenshot,
  settle,
  useFrontline,
  type ContextOptions,
  type Frontline,
} from "../support/browser.ts";
import type { Ticket } from "./steps.ts";

// axe-core on every main page, in the states people see them: no serious or critical violation anywhere.
// Each page is also photographed (test-results/screenshots/a11y-*.png, the run's picture of the app).

const frontline = useFrontline();

type Visit = {
  name: string;
  who: string | null;
  path: () => string;
  options?: ContextOptions;
  /** Pictures the docs show (docs/screenshots/<docs>.png with UPDATE_SCREENSHOTS=1). */
  docs?: string;
  check?: (page: Page) => Promise<void>;
};

let ticket: Ticket;

const isDark = async (page: Page) => expect((await documentState(page)).theme).toBe("dark");

const VISITS: Visit[] = [
  { name: "sign-in", who: null, path: () => "/sign-in", docs: "sign-in" },
  { name: "public-sla", who: null, path: () => "/sla", docs: "public-sla" },
  { name: "consultation", who: null, path: () => "/consultation", docs: "consultation" },
  { name: "status", who: null, path: () => "/status" },
  { name: "console-queue", who: AGENT, path: () => "/console" },
  { name: "console-ticket", who: AGENT, path: () => `/console/tickets/${ticket.number}` },
  { name: "portal-requests", who: EMPLOYEE, path: () => "/portal" },
  { name: "portal-new-request", who: EMPLOYEE, path: () => "/portal/new", docs: "portal-new-request" },
  { name: "portal-request", who: EMPLOYEE, path: () => `/portal/requests/${ticket.number}` },
  { name: "admin", who: ADMIN, path: () => "/admin" },
  {
    name: "console-queue-dark",
    who: AGENT,
    path: () => "/console",
    options: { theme: "dark" },
    docs: "console-queue-dark",
    check: isDark,
  },
  { name: "public-sla-dark", who: null, path: () => "/sla", options: { theme: "dark" }, check: isDark },
  {
    name: "portal-requests-urdu",
    who: EMPLOYEE,
    path: () => "/portal?lang=ur",
    check: async (page) => expect((await documentState(page)).dir).toBe("rtl"),
  },
];

async function open(frontline: Frontline, visit: Visit): Promise<Page> {
  const page = visit.who ? await frontline.pageAs(visit.who, visit.options) : await frontline.page(visit.options);
  await page.goto(visit.path());
  await settle(page);
  // Signed-in pages must not have bounced to sign-in (a page that needs a role the person lacks).
  if (visit.who) expect(new URL(page.url()).pathname).not.toBe("/sign-in");
  return page;
}

describe("accessibility (axe-core)", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  beforeAll(async () => {
    const employee = await frontline.apiAs(EMPLOYEE);
    ticket = await employee.json<Ticket>("POST", "/api/v1/tickets", {
      subject: "Browser test: Outlook asks for my password again and again",
      description: "Every few minutes since this morning, on the office PC and on my phone.",
      type: "incident",
      impact: "person",
      urgency: "high",
    });
  });

  for (const visit of VISITS) {
    it(`${visit.name} has no serious or critical violations`, async () => {
      const page = await open(frontline, visit);
      await visit.check?.(page);
      await screenshot(page, `a11y-${visit.name}`);
      if (visit.docs) await screenshot(page, visit.docs, { docs: true });
      await runAxe(page, `${visit.name} (${page.url()})`);
      const trouble = frontline.trouble(page);
      expect(trouble.pageErrors, `uncaught errors on ${visit.name}`).toEqual([]);
      expect(trouble.cspViolations, `Content Security Policy violations on ${visit.name}`).toEqual([]);
    });
  }
});
