import { describe, expect, it } from "vitest";
import {
  ADMIN,
  AGENT,
  BROWSER_TEST_TIMEOUT,
  EMPLOYEE,
  PHONE,
  expectNoHorizontalScroll,
  useFrontline,
} from "../support/browser.ts";
import type { Ticket } from "./steps.ts";

// A technician works an onsite visit from their phone: the visit page at 390 px has one button for each step, and
// a check-out is offered only once they have checked in.

const frontline = useFrontline();

describe("onsite visits", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("the technician starts travel, checks in and checks out on a 390 px screen", async () => {
    const employee = await frontline.apiAs(EMPLOYEE);
    const admin = await frontline.apiAs(ADMIN);
    const agent = await frontline.apiAs(AGENT);
    const site = { id: "hq", label: "Head office", street: "Main Boulevard", city: "Lahore", timezone: "Asia/Karachi" };
    await admin.json("PATCH", `/api/v1/organizations/${employee.me.organizationId}`, { addresses: [site] });
    const ticket = await employee.json<Ticket>("POST", "/api/v1/tickets", {
      subject: "Printer on floor 3 jams on every page",
      description: "Paper tray 2.",
      impact: "department",
      urgency: "medium",
    });
    const start = new Date(Date.now() + 3600_000);
    const visit = await admin.json<{ id: string }>("POST", `/api/v1/tickets/${ticket.id}/visits`, {
      technicianId: agent.me.id,
      site: { addressId: "hq", floor: "3" },
      windowStart: start.toISOString(),
      windowEnd: new Date(start.getTime() + 2 * 3600_000).toISOString(),
      notes: "Ask for Ali at reception",
    });

    const page = await frontline.pageAs(AGENT, PHONE);
    await page.goto(`/console/visits/${visit.id}`);
    const status = page.getByTestId("visit-status");
    await status.filter({ hasText: "Scheduled" }).waitFor();
    expect(await page.getByRole("button", { name: "Check out" }).count()).toBe(0);
    await expectNoHorizontalScroll(page, "the visit page");

    await page.getByRole("button", { name: "Start travel" }).click();
    await status.filter({ hasText: "On the way" }).waitFor();
    await page.getByRole("button", { name: "Check in" }).click();
    await status.filter({ hasText: "On site" }).waitFor();
    await page.getByRole("button", { name: "Check out" }).click();
    await status.filter({ hasText: "Done" }).waitFor();
    await expectNoHorizontalScroll(page, "the visit page after check-out");

    const after = await agent.json<{ arrivedAt: string | null; departedAt: string | null }>(
      "GET",
      `/api/v1/visits/${visit.id}`,
    );
    expect(after.arrivedAt).not.toBeNull();
    expect(after.departedAt).not.toBeNull();
    expect(frontline.trouble(page)).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
  });
});
