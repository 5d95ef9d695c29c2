import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnvironment } from "../../src/config/config.ts";
import {
  AGENT,
  BROWSER_TEST_TIMEOUT,
  EMPLOYEE,
  expectNoHorizontalScroll,
  markDocument,
  PHONE,
  sameDocument,
  screenshot,
  settle,
  startFrontline,
  useFrontline,
  type RunningFrontline,
} from "../support/browser.ts";
import { createScratchPostgres } from "../support/db.ts";
import { numberLink, type Ticket } from "./steps.ts";

// A request an employee submits in the portal appears in an agent's open queue while the agent watches,
// pushed over the live event stream: no reload, no waiting for a poll.

const frontline = useFrontline();

/** The agent's queue, open and loaded; marks the window so a reload would be noticed. */
async function openQueue(page: Page): Promise<void> {
  await page.goto("/console/views/open");
  await settle(page);
  await numberLink(page.getByRole("main")).first().waitFor();
  await markDocument(page);
}

/** Fills the portal's new-request form and submits it; resolves to the ticket the server created. */
async function submitRequest(page: Page, subject: string): Promise<Ticket> {
  await page.goto("/portal/new");
  await page.getByLabel("Subject", { exact: true }).fill(subject);
  await page
    .getByLabel("Describe the problem", { exact: true })
    .fill("Since this morning the shared drive shows an empty folder.");
  await chooseIn(page, "Who is affected?", /department|team/i);
  await chooseIn(page, "How soon do you need it?", /today|slowed/i);
  const created = page.waitForResponse((r) => r.url().endsWith("/api/v1/tickets") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Submit request", exact: true }).click();
  const response = await created;
  expect(response.status(), await response.text()).toBe(201);
  const ticket = (await response.json()) as Ticket;
  await page
    .getByText(new RegExp(`#${ticket.number}(?!\\d)`))
    .first()
    .waitFor();
  return ticket;
}

/** Picks the radio whose label matches `option` in the fieldset named `legend`. */
async function chooseIn(page: Page, legend: string, option: RegExp): Promise<void> {
  const group = page.getByRole("group", { name: legend }).or(page.getByRole("radiogroup", { name: legend }));
  await group.getByRole("radio", { name: option }).first().check();
}

async function seesLive(agentPage: Page, ticket: Ticket): Promise<void> {
  // Well under the queue's 30 s stale time: only a pushed event refreshes it this fast.
  await numberLink(agentPage.getByRole("main"), ticket.number).waitFor({ timeout: 15_000 });
  expect(await sameDocument(agentPage), "the agent's page was reloaded").toBe(true);
}

describe("live queue", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("shows a request submitted in the portal in the agent's open queue without a reload", async () => {
    const agentPage = await frontline.pageAs(AGENT);
    await openQueue(agentPage);

    const employeePage = await frontline.pageAs(EMPLOYEE);
    const ticket = await submitRequest(employeePage, "Browser test: shared drive looks empty");
    await screenshot(employeePage, "portal-submitted");

    await seesLive(agentPage, ticket);
  });

  it("the new-request form fits a phone screen (390 px) without scrolling sideways", async () => {
    const page = await frontline.pageAs(EMPLOYEE, PHONE);
    await page.goto("/portal/new");
    await page.getByLabel("Subject", { exact: true }).waitFor();
    await expectNoHorizontalScroll(page, "the portal's new-request page");
  });
});

// Two processes on one PostgreSQL database: the event for a ticket created through B reaches the agent's
// stream served by A only through LISTEN/NOTIFY.
describe.runIf(testEnvironment().testDatabaseUrl)(
  "live queue across two processes on PostgreSQL",
  { timeout: BROWSER_TEST_TIMEOUT },
  () => {
    const processes: RunningFrontline[] = [];

    beforeAll(async () => {
      const env = { DATABASE_URL: await createScratchPostgres("browser"), DATABASE_POOL_SIZE: "5" };
      const started = await Promise.allSettled([startFrontline(env), startFrontline(env)]);
      for (const s of started) if (s.status === "fulfilled") processes.push(s.value);
      for (const s of started) if (s.status === "rejected") throw s.reason;
    }, 180_000);

    afterAll(async () => {
      await Promise.all(processes.map((p) => p.stop()));
    }, 60_000);

    it("an agent on process A sees live a request an employee submitted on process B", async () => {
      const [a, b] = processes.map((p) => p.url);
      const agentPage = await frontline.pageAs(AGENT, { baseURL: a! });
      await openQueue(agentPage);

      const employeePage = await frontline.pageAs(EMPLOYEE, { baseURL: b! });
      const ticket = await submitRequest(employeePage, "Browser test: printer offline (submitted on B)");

      await seesLive(agentPage, ticket);
    });
  },
);
