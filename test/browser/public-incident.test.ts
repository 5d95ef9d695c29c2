import { describe, expect, it } from "vitest";
import { ADMIN, BROWSER_TEST_TIMEOUT, EMPLOYEE, settle, useFrontline } from "../support/browser.ts";
import type { Ticket } from "./steps.ts";

// Public incidents are published by staff: an agent writes the public title and updates on the console's ticket
// page, and the status page shows those, never what the requester typed.

const frontline = useFrontline();

describe("public incidents", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("the status page shows the title and update staff wrote in the console, not the requester's subject", async () => {
    const employee = await frontline.apiAs(EMPLOYEE);
    const subject = "Printers dead, my payroll file for Mr Rana is stuck";
    const ticket = await employee.json<Ticket>("POST", "/api/v1/tickets", {
      subject,
      description: "All of floor 3.",
      impact: "organization",
      urgency: "high",
    });

    const visitor = await frontline.page();
    await visitor.goto("/status");
    await settle(visitor);
    expect(await visitor.getByRole("main").innerText()).not.toContain("payroll");

    const page = await frontline.pageAs(ADMIN);
    await page.goto(`/console/tickets/${ticket.number}`);
    const panel = page.getByRole("region", { name: "Public status page" });
    await panel.getByLabel("Public title").fill("Printing unavailable on floor 3");
    await panel.getByRole("button", { name: "Publish" }).click();
    await panel.getByRole("status").filter({ hasText: "Published on the status page." }).waitFor();
    await panel.getByLabel("Public update").fill("A replacement print server is being set up.");
    await panel.getByRole("button", { name: "Post the update" }).click();
    await panel.getByRole("status").filter({ hasText: "The update is on the status page." }).waitFor();

    // A new visitor (the page's answer may be cached for 30 s by a browser that looked before).
    const later = await frontline.page();
    await later.goto("/status");
    await later.getByRole("heading", { name: "Printing unavailable on floor 3" }).waitFor();
    const shown = await later.getByRole("main").innerText();
    expect(shown).toContain("A replacement print server is being set up.");
    expect(shown).not.toContain("payroll");
    expect(frontline.trouble(page)).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
  });
});
