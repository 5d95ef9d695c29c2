import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AGENT, BROWSER_TEST_TIMEOUT, EMPLOYEE, useFrontline } from "../support/browser.ts";
import type { Ticket } from "./steps.ts";

// Times carry their zone: each person reads due instants in the zone of their profile (by default the support
// calendar's, Asia/Karachi here), named by its abbreviation; and a target reads the same to the requester promised
// it and to the agent working to it. The browser itself is set to Asia/Karachi, so only the profile can say CET.

const frontline = useFrontline();

/** The text of a clock's fact in the console's SLA panel ("Target", "Due"). */
function clockFact(page: Page, clock: "response" | "resolution", fact: string): Locator {
  return page
    .locator(`[data-clock="${clock}"] dl div`)
    .filter({ has: page.getByText(fact, { exact: true }) })
    .locator("dd");
}

describe("times carry their zone", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("a viewer who chose Europe/Berlin sees due times in CET; a requester on the default zone sees PKT; both read the target alike", async () => {
    const employee = await frontline.apiAs(EMPLOYEE);
    // Just me, when convenient: Low, 24 business hours to resolve in the seeded policy.
    const ticket = await employee.json<Ticket>("POST", "/api/v1/tickets", {
      subject: "Second monitor flickers",
      description: "It flickers a few times an hour; I can work meanwhile.",
      impact: "person",
      urgency: "low",
    });

    // The agent chooses their zone on their profile page.
    const agent = await frontline.pageAs(AGENT);
    await agent.goto("/console");
    await agent
      .getByRole("banner")
      .getByRole("link", { name: /: your profile$/ })
      .click();
    await agent.getByLabel("Time zone", { exact: true }).selectOption("Europe/Berlin");
    await agent.getByRole("button", { name: "Save", exact: true }).click();
    await agent.getByText("Saved: times are now shown in your zone.").waitFor();

    await agent.goto(`/console/tickets/${ticket.number}`);
    const due = clockFact(agent, "resolution", "Due");
    await expect.poll(() => due.innerText()).toMatch(/^\w{3},? \d{1,2} \w{3}( \d{4})?, \d{2}:\d{2} CET$/);
    const agentTarget = (await clockFact(agent, "resolution", "Target").innerText()).trim();
    expect(agentTarget).toBe("24 h");

    // The requester never chose a zone: the support calendar's, Asia/Karachi.
    const requester = await frontline.pageAs(EMPLOYEE);
    await requester.goto(`/portal/requests/${ticket.number}`);
    const promised = requester.getByText(/We will resolve it by/);
    await expect.poll(() => promised.innerText()).toMatch(/\d{2}:\d{2} PKT/);

    // The same target, in the same words, on the requester's side.
    await requester.goto("/portal/new");
    await requester.getByRole("radio", { name: "Just me", exact: true }).check();
    await requester.getByRole("radio", { name: "When convenient: there is a workaround", exact: true }).check();
    const sentence = requester.locator(".promise-sentence");
    await expect.poll(() => sentence.innerText()).toContain(agentTarget);
    expect(await sentence.innerText()).not.toMatch(/\b1 d\b/);
  });

  it("Urdu shows the same 24-hour clock and zone as English", async () => {
    const employee = await frontline.apiAs(EMPLOYEE);
    const ticket = await employee.json<Ticket>("POST", "/api/v1/tickets", {
      subject: "Keyboard missing a key",
      description: "The letter K came off.",
      impact: "person",
      urgency: "low",
    });
    const english = await frontline.pageAs(EMPLOYEE);
    await english.goto(`/portal/requests/${ticket.number}`);
    const en = (await english.locator("time").first().getAttribute("datetime"))!;
    const enText = await english.locator(`time[datetime="${en}"]`).first().innerText();
    const urdu = await frontline.pageAs(EMPLOYEE, { lang: "ur" });
    await urdu.goto(`/portal/requests/${ticket.number}`);
    const urText = await urdu.locator(`time[datetime="${en}"]`).first().innerText();
    const clock = (s: string) => /\d{2}:\d{2} [A-Z]{2,5}/.exec(s)?.[0];
    expect(clock(enText), enText).toBeDefined();
    expect(clock(urText), urText).toBe(clock(enText));
  });
});
