import { describe, expect, it } from "vitest";
import { AGENT, BROWSER_TEST_TIMEOUT, EMPLOYEE, screenshot, settle, useFrontline } from "../support/browser.ts";
import { bulkResult, numberLink, selectTickets, type Ticket } from "./steps.ts";

// Bulk actions in the agent's queue: two tickets at once, each changed through its own rules, each result shown.

const frontline = useFrontline();

type Shown = Ticket & { groupId: string | null; version: number };

describe("bulk actions in the console queue", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("reprioritises two tickets with a reason, reports the one a status change cannot move, and hands both to a group", async () => {
    const token = `bulk${Date.now().toString(36)}`;
    const employee = await frontline.apiAs(EMPLOYEE);
    const open = (subject: string) =>
      employee.json<Shown>("POST", "/api/v1/tickets", {
        subject: `${token} ${subject}`,
        description: "Raised for the bulk actions browser test.",
        type: "incident",
        impact: "person",
        urgency: "low",
      });
    const first = await open("the second monitor flickers");
    const second = await open("the docking station does not charge");
    const agent = await frontline.apiAs(AGENT);
    // Resolved tickets cannot go on hold: the status change below succeeds for one ticket and fails for the other.
    await agent.json("PATCH", `/api/v1/tickets/${second.id}`, { version: second.version, status: "resolved" });
    const groups = await agent.json<{ items: Array<{ id: string; name: string }> }>("GET", "/api/v1/groups");
    const l3 = groups.items.find((g) => g.name === "L3 Engineering");
    expect(l3).toBeDefined();

    const page = await frontline.pageAs(AGENT);
    await page.goto(`/console?q=${token}`);
    const main = page.getByRole("main");
    await numberLink(main, first.number).waitFor();
    await numberLink(main, second.number).waitFor();
    await settle(page);
    const row = (t: Shown) => page.getByRole("row").filter({ has: numberLink(page, t.number) });

    // Priority with a reason: both change, the queue shows the new priority, each ticket's history keeps the reason.
    await selectTickets(page, [first.number, second.number]);
    await page.getByLabel("Set priority", { exact: true }).selectOption("high");
    await page.getByLabel("Reason", { exact: true }).fill("The whole finance floor shares this hardware batch");
    await page.getByRole("button", { name: "Apply", exact: true }).nth(1).click();
    expect(await bulkResult(page)).toBe("Done: 2 changed, 0 failed. Close");
    for (const t of [first, second])
      await expect.poll(() => row(t).locator(".c-priority").innerText()).toContain("High");
    for (const t of [first, second]) {
      const events = await agent.json<{ items: Array<{ data: unknown }> }>("GET", `/api/v1/tickets/${t.id}/events`);
      expect(JSON.stringify(events.items)).toContain("The whole finance floor shares this hardware batch");
    }

    // Status: the open ticket goes on hold, the resolved one is reported by number with the reason it failed.
    await selectTickets(page, [first.number, second.number]);
    await page.getByLabel("Set status", { exact: true }).selectOption("on_hold");
    await page.getByRole("button", { name: "Apply", exact: true }).first().click();
    const result = await bulkResult(page);
    expect(result).toContain("Done: 1 changed, 1 failed.");
    expect(result).toContain(`#${second.number}: The ticket cannot move to that status from its current one.`);
    expect(result).not.toContain(`#${first.number}`);
    await expect.poll(() => row(first).locator(".c-status").innerText()).toContain("On hold");
    expect(await row(second).locator(".c-status").innerText()).toContain("Resolved");
    // The failed ticket stays selected, ready for another try.
    await page.getByRole("heading", { level: 2, name: "1 ticket selected" }).waitFor();
    expect(await page.getByRole("checkbox", { name: `Select ticket #${second.number}`, exact: true }).isChecked()).toBe(
      true,
    );

    // Hand both to another group: both change (the failed one was still selected; the other is added back).
    await selectTickets(page, [first.number, second.number]);
    await page.getByLabel("Assign to group", { exact: true }).selectOption({ label: "L3 Engineering" });
    await page.getByRole("button", { name: "Assign", exact: true }).click();
    expect(await bulkResult(page)).toBe("Done: 2 changed, 0 failed. Close");
    for (const t of [first, second])
      expect((await agent.json<Shown>("GET", `/api/v1/tickets/${t.id}`)).groupId).toBe(l3!.id);
    await screenshot(page, "console-bulk-results");
  });
});
