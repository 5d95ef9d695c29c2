import { describe, expect, it } from "vitest";
import { AGENT, BROWSER_TEST_TIMEOUT, EMPLOYEE, runAxe, useFrontline } from "../support/browser.ts";

// A knowledge base owner reads what people searched for: from the report to the search statistics, the top searches
// and the ones that found nothing (articles worth writing).

const frontline = useFrontline();

describe("the knowledge base's search statistics", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("an owner goes from the report to the top searches and the searches that found nothing", async () => {
    // Letters only: the search log keeps no words with digits (they may be personal data).
    const word = `zzbrowser${Date.now()
      .toString()
      .replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;
    const employee = await frontline.apiAs(EMPLOYEE);
    for (let i = 0; i < 2; i++) await employee.json("GET", `/api/v1/search?q=${word}&kind=article`);
    await employee.json("GET", "/api/v1/search?q=outlook%20password&kind=article");

    const page = await frontline.pageAs(AGENT);
    await page.goto("/console/kb/report");
    await page.getByRole("heading", { level: 1, name: "Knowledge base report" }).waitFor();
    await page.getByRole("link", { name: "What people search for" }).click();
    await page.getByRole("heading", { level: 1, name: "What people search for" }).waitFor();

    const top = page.getByRole("region", { name: "Top searches", exact: true });
    await top.getByRole("row").filter({ hasText: "outlook password" }).waitFor();
    const nothing = page.getByRole("region", { name: "Top searches without results", exact: true });
    const row = nothing.getByRole("row").filter({ hasText: word });
    await row.waitFor();
    expect(await row.getByRole("cell").nth(1).innerText()).toBe("2");
    expect(await nothing.getByRole("row").filter({ hasText: "outlook password" }).count()).toBe(0);

    await page.getByLabel("Period").selectOption({ label: "Last 7 days" });
    await row.waitFor();
    await runAxe(page, "the search statistics");
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });
});
