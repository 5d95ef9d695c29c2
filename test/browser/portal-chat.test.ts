import { describe, expect, it } from "vitest";
import { AGENT, BROWSER_TEST_TIMEOUT, EMPLOYEE, useFrontline } from "../support/browser.ts";

// The portal's "Chat with support" (the SLA page's "press Chat in the portal"): chat.js mounted for the signed-in
// employee, who is not asked for a name or email; their words reach the desk as a chat ticket they requested.

const frontline = useFrontline();

describe("chat in the portal", { timeout: BROWSER_TEST_TIMEOUT * 2 }, () => {
  it("a signed-in employee opens the chat without giving a name or email: a chat ticket from them, or the new-request form out of hours", async () => {
    const page = await frontline.pageAs(EMPLOYEE);
    await page.goto("/portal");
    await page.getByRole("button", { name: "Chat with support" }).click();
    const dialog = page.getByRole("dialog", { name: "Chat with support" });
    // Outside support hours the employee is sent to the portal's new-request form instead (no anonymous form).
    const start = dialog.getByRole("button", { name: "Start chat" });
    const leave = dialog.getByRole("link", { name: "Leave a message and we will answer when support opens." });
    await start.or(leave).waitFor();
    expect(await dialog.getByLabel("Your name").count()).toBe(0);
    expect(await dialog.getByLabel("Your email").count()).toBe(0);
    if (await leave.isVisible()) {
      expect(await leave.getAttribute("href")).toBe(`${frontline.url}/portal/new`);
    } else {
      const words = "Portal chat: my laptop will not charge";
      await dialog.getByLabel("How can we help?").fill(words);
      await start.click();
      await dialog.getByText("Waiting for an agent…").waitFor();
      const agent = await frontline.apiAs(AGENT);
      const employee = await frontline.apiAs(EMPLOYEE);
      await expect
        .poll(async () => {
          const list = await agent.json<{ items: Array<{ channel: string; requesterId: string }> }>(
            "GET",
            `/api/v1/tickets?q=${encodeURIComponent("laptop will not charge")}`,
          );
          return list.items.filter((x) => x.requesterId === employee.me.id).map((x) => x.channel);
        })
        .toContain("chat");
    }
    // Styled under the portal's own CSP (no inline styles): nothing was refused.
    expect(frontline.trouble(page)).toMatchObject({ pageErrors: [], cspViolations: [] });
  });
});
