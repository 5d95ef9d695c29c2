import { describe, expect, it } from "vitest";
import { ADMIN, BROWSER_TEST_TIMEOUT, useFrontline } from "../support/browser.ts";

// The audit page is where an admin checks what just happened: a change made a moment ago is on it at once
// (not half a minute later), and it reads as people and things by name, not as ids.

const frontline = useFrontline();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe("audit page", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("shows an admin change at once, naming who made it and what it changed", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const page = await frontline.pageAs(ADMIN);
    // The admin looked at the log before making the change (the page's data is then in the app's cache).
    await page.goto("/admin/audit");
    await page.getByRole("heading", { name: "Audit log", level: 1 }).waitFor();
    await page.getByRole("table").or(page.getByText("No changes recorded.")).first().waitFor();

    const name = `Label printers ${Date.now()}`;
    const nav = page.getByRole("navigation", { name: /admin/i });
    await nav.getByRole("link", { name: "Categories", exact: true }).click();
    await page.getByRole("link", { name: "New category", exact: true }).click();
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Add category", exact: true }).click();
    await page.getByRole("cell", { name, exact: true }).waitFor();

    await nav.getByRole("link", { name: "Audit log", exact: true }).click();
    // The categories table also has a row with this name: read rows only once the audit page is showing.
    await page.getByRole("heading", { name: "Audit log", level: 1 }).waitFor();
    const row = page.getByRole("row").filter({ hasText: name }).filter({ hasText: "Category" });
    // "At once": well inside the half minute the page used to lag by.
    await row.first().waitFor({ timeout: 5_000 });
    const text = await row.first().innerText();
    expect(text).toContain(admin.me.name);
    expect(text).toContain("Category");
    expect(text, "the row shows an id where a name belongs").not.toMatch(UUID);
    expect(
      await row.first().getByRole("link", { name: admin.me.name }).count(),
      "the actor's name links to their page",
    ).toBe(1);
  });
});
