import { describe, expect, it } from "vitest";
import { ADMIN, EMPLOYEE, useFrontline } from "../support/browser.ts";

// Pickers search the server: in an organization of hundreds, the admin finds anyone by typing, not only the first
// page the browser happened to load (it used to stop at 200 people).

const frontline = useFrontline();
type Person = { id: string; name: string; organizationId: string; managerId: string | null };

// Longer than one page visit: it first makes 250 people over the API.
describe("admin pickers", { timeout: 120_000 }, () => {
  it("finds the 250th person of an organization as someone's manager, and saves the choice", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const target = (await frontline.apiAs(EMPLOYEE)).me;
    const stamp = Date.now();
    let last: Person | undefined;
    // Names sort after everyone already there and in creation order: the last one is past any first page of 200.
    for (let i = 1; i <= 250; i++) {
      const n = String(i).padStart(3, "0");
      last = await admin.json<Person>("POST", "/api/v1/people", {
        name: `Zz Picker ${n}`,
        email: `picker-${stamp}-${n}@indus-textiles.example`,
        organizationId: target.organizationId,
        role: "requester",
      });
    }

    const page = await frontline.pageAs(ADMIN);
    await page.goto(`/admin/people/${target.id}`);
    await page.getByRole("searchbox", { name: "Find a manager" }).fill("Zz Picker 250");
    const manager = page.getByRole("combobox", { name: "Manager" });
    await expect.poll(() => manager.locator("option", { hasText: "Zz Picker 250" }).count()).toBe(1);
    await manager.selectOption({ label: "Zz Picker 250" });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect
      .poll(async () => (await admin.json<Person>("GET", `/api/v1/people/${target.id}`)).managerId)
      .toBe(last!.id);
  });
});
