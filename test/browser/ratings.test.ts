import { describe, expect, it } from "vitest";
import { AGENT, BROWSER_TEST_TIMEOUT, EMPLOYEE, screenshot, useFrontline } from "../support/browser.ts";
import type { Ticket } from "./steps.ts";

// A requester rates how their resolved request was handled, in the portal; the service desk reads that rating.

const frontline = useFrontline();

type Rating = { score: number; comment: string };

describe("rating a resolved request", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("the requester rates 1–5 with a comment, sees the rating kept, revises it, and the agent reads the revision", async () => {
    const employee = await frontline.apiAs(EMPLOYEE);
    const ticket = await employee.json<Ticket & { version: number }>("POST", "/api/v1/tickets", {
      subject: "Browser test: the shared drive is read-only",
      description: "I cannot save files to the Finance folder since yesterday.",
      type: "incident",
      impact: "person",
      urgency: "medium",
    });
    const agent = await frontline.apiAs(AGENT);
    expect((await agent.call("GET", `/api/v1/tickets/${ticket.id}/rating`)).body).toEqual({ rating: null });

    const page = await frontline.pageAs(EMPLOYEE);
    await page.goto(`/portal/requests/${ticket.number}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    // Nothing to rate while the request is still being worked on.
    expect(await page.getByRole("heading", { name: "How did we do?" }).count()).toBe(0);

    await agent.json("PATCH", `/api/v1/tickets/${ticket.id}`, { version: ticket.version, status: "resolved" });
    await page.reload();
    const form = page.getByRole("region", { name: "How did we do?" });
    await form.waitFor();

    // Rating without a score is refused in words, before anything is sent.
    await form.getByRole("button", { name: "Rate", exact: true }).click();
    await form.getByText("Choose a rating from 1 to 5.").waitFor();

    await form.getByRole("radio", { name: "4 — Satisfied" }).check();
    await form.getByLabel("Comment (optional)").fill("Fixed within the hour, thank you.");
    await form.getByRole("button", { name: "Rate", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Thank you, your rating was saved." }).waitFor();
    const kept = page.getByRole("region", { name: "Your rating" });
    await kept.getByText(/You rated this request “4 — Satisfied”/).waitFor();
    await kept.getByText("Fixed within the hour, thank you.").first().waitFor();
    expect((await agent.json<{ rating: Rating }>("GET", `/api/v1/tickets/${ticket.id}/rating`)).rating).toMatchObject({
      score: 4,
      comment: "Fixed within the hour, thank you.",
    });

    // A revision starts from the rating given and replaces it.
    expect(await kept.getByRole("radio", { name: "4 — Satisfied" }).isChecked()).toBe(true);
    await kept.getByRole("radio", { name: "5 — Very satisfied" }).check();
    await kept.getByRole("button", { name: "Rate", exact: true }).click();
    await kept.getByText(/You rated this request “5 — Very satisfied”/).waitFor();
    await screenshot(page, "portal-rating");
    expect((await agent.json<{ rating: Rating }>("GET", `/api/v1/tickets/${ticket.id}/rating`)).rating).toMatchObject({
      score: 5,
      comment: "Fixed within the hour, thank you.",
    });
  });
});
