import { describe, expect, it } from "vitest";
import { ADMIN, BROWSER_TEST_TIMEOUT, useFrontline } from "../support/browser.ts";

// Per-date hours from the admin's editor to the public SLA page: a period entered once becomes one entry per date.

const frontline = useFrontline();

const isoDay = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

describe("special hours on dates", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("an admin gives a period shorter hours in the calendar editor, and the published SLA lists them", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const calendars = await admin.json<{ items: Array<{ id: string; name: string }> }>("GET", "/api/v1/sla/calendars");
    const office = calendars.items.find((c) => c.name === "Support hours")!;
    const [first, last] = [isoDay(20), isoDay(22)];

    const page = await frontline.pageAs(ADMIN);
    await page.goto(`/admin/calendars/${office.id}`);
    await page.getByRole("heading", { name: "Edit the hours" }).waitFor();
    await page.getByLabel("First date").fill(first);
    await page.getByLabel("Last date (optional)").fill(last);
    await page.getByRole("group", { name: "Add dates" }).getByLabel("To").fill("15:00");
    await page.getByRole("button", { name: "Add dates", exact: true }).click();
    await expect.poll(() => page.locator("[data-testid=overrides] [data-date]").count()).toBe(3);
    await page.getByRole("button", { name: "Save as a new version" }).click();
    await page.getByText("New calendar version saved.").waitFor();

    const saved = await admin.json<{ current: { definition: { overrides?: Record<string, [string, string][]> } } }>(
      "GET",
      `/api/v1/sla/calendars/${office.id}`,
    );
    expect(Object.keys(saved.current.definition.overrides ?? {})).toEqual([first, isoDay(21), last]);
    expect(saved.current.definition.overrides?.[first]).toEqual([["09:00", "15:00"]]);

    const visitor = await frontline.page();
    await visitor.goto("/sla");
    const section = visitor.getByRole("region", { name: "Special hours" });
    await section.waitFor();
    await expect.poll(() => section.locator("li").count()).toBe(3);
    expect(await section.locator("li").first().innerText()).toContain("09:00–15:00");
    expect(frontline.trouble(page)).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
  });
});
