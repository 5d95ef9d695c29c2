import { describe, expect, it } from "vitest";
import { ADMIN, BROWSER_TEST_TIMEOUT, ORG_MANAGER, screenshot, useFrontline } from "../support/browser.ts";

// Staff open a service review with a client; the client's manager reads it in the portal and signs it off.

const frontline = useFrontline();

type Organization = { id: string; name: string; kind: string };
type Review = { id: string; status: string; signOffComment: string | null; actions: Array<{ title: string }> };

describe("signing off a service review in the portal", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("the client's manager finds the review, reads its actions and pack, and signs it off with a comment", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const manager = await frontline.apiAs(ORG_MANAGER);
    const { items } = await admin.json<{ items: Organization[] }>("GET", "/api/v1/organizations");
    const client = items.find((o) => o.id === manager.me.organizationId)!;
    const review = await admin.json<Review>("POST", "/api/v1/reviews", {
      organizationId: client.id,
      periodFrom: "2026-01-01",
      periodTo: "2026-02-01",
    });
    await admin.json("POST", `/api/v1/reviews/${review.id}/actions`, {
      title: "Browser test: replace the second-floor switch",
      ownerId: admin.me.id,
      dueOn: "2026-02-15",
    });

    const page = await frontline.pageAs(ORG_MANAGER);
    await page.goto("/portal");
    await page.getByRole("link", { name: "Service reviews" }).click();
    await page.getByRole("heading", { level: 1, name: "Service reviews" }).waitFor();
    await page
      .getByRole("row", { name: /2026-01-01 to 2026-02-01/ })
      .getByRole("link", { name: client.name })
      .click();

    await page.getByRole("heading", { level: 1, name: `Service review: ${client.name}` }).waitFor();
    await page.getByText("Browser test: replace the second-floor switch").waitFor();
    const pack = page.getByRole("link", { name: "Download the review pack (PDF)" });
    expect(await pack.getAttribute("href")).toBe(
      `/api/v1/reports/review-pack?organization=${client.id}&from=2026-01-01&to=2026-02-01`,
    );
    // The client reads the actions; only staff change them.
    expect(await page.getByRole("button", { name: "Add the action" }).count()).toBe(0);

    const form = page.getByRole("form", { name: "Sign off" });
    await form.getByLabel("Comment (optional)").fill("Agreed at our meeting on the 3rd.");
    await form.getByRole("button", { name: "Sign off the review" }).click();
    await page.getByRole("status").filter({ hasText: "Signed off on" }).waitFor();
    await page.getByText("The client's comment: Agreed at our meeting on the 3rd.").waitFor();
    expect(await page.getByRole("form", { name: "Sign off" }).count()).toBe(0);
    await screenshot(page, "portal-review-signed-off");

    expect(await admin.json<Review>("GET", `/api/v1/reviews/${review.id}`)).toMatchObject({
      status: "signed_off",
      signOffComment: "Agreed at our meeting on the 3rd.",
    });
  });

  it("an admin has the client's review pack mailed every month", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const manager = await frontline.apiAs(ORG_MANAGER);
    const { items } = await admin.json<{ items: Organization[] }>("GET", "/api/v1/organizations");
    const client = items.find((o) => o.id === manager.me.organizationId)!;
    const page = await frontline.pageAs(ADMIN);
    await page.goto("/admin/organizations");
    const cadence = page.getByRole("combobox", { name: `How often the review pack of ${client.name} is mailed` });
    await cadence.selectOption({ label: "Monthly" });
    await page.getByText(`Review pack schedule of ${client.name} saved.`).first().waitFor();
    const schedules = await admin.json<{ items: Array<{ organizationId: string; cadence: string }> }>(
      "GET",
      "/api/v1/reports/review-pack/schedules",
    );
    expect(schedules.items).toContainEqual(expect.objectContaining({ organizationId: client.id, cadence: "monthly" }));
  });
});
