import { describe, expect, it } from "vitest";
import { AGENT, BROWSER_TEST_TIMEOUT, EMPLOYEE, runAxe, screenshot, signIn, useFrontline } from "../support/browser.ts";

// Employees help themselves: the knowledge base at /kb (public articles for visitors, everything meant for employees
// once signed in), an article read and rated, and the article suggested while a new request is typed.

const frontline = useFrontline();

const OUTLOOK = "Reset your Outlook password";

type Figures = { id: string; title: string; deflections: number };
type Report = {
  deflections: Figures[];
  comments: Array<{ title: string; helpful: boolean; comment: string }>;
};

describe("the knowledge base", { timeout: BROWSER_TEST_TIMEOUT * 2 }, () => {
  it("signed out, /kb lists only the public articles", async () => {
    const page = await frontline.page();
    await page.goto("/kb");
    await page.getByRole("heading", { level: 1, name: "Knowledge base" }).waitFor();
    await page.getByRole("link", { name: OUTLOOK, exact: true }).waitFor();
    await page.getByRole("link", { name: "Add a network printer", exact: true }).waitFor();
    // Signed-in-only articles (the VPN, the first-day checklist) are not listed to visitors.
    expect(await page.getByRole("link", { name: "Connect to the VPN", exact: true }).count()).toBe(0);
    expect(await page.getByRole("link", { name: /first day IT checklist/ }).count()).toBe(0);
    await runAxe(page, "knowledge base, signed out");
  });

  it("an employee finds, reads and rates an article, then sees it suggested while typing a request", async () => {
    const agent = await frontline.apiAs(AGENT);
    const before = await agent.json<Report>("GET", "/api/v1/kb/report");
    const deflectedBefore = before.deflections.find((f) => f.title === OUTLOOK)?.deflections ?? 0;

    const page = await frontline.page();
    await signIn(page, EMPLOYEE);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Knowledge base" }).click();
    await page.getByRole("heading", { level: 1, name: "Knowledge base" }).waitFor();
    // Signed in, the articles for employees are there too.
    await page.getByRole("link", { name: "Connect to the VPN", exact: true }).waitFor();
    await page.getByRole("heading", { level: 2, name: "For new employees" }).waitFor();

    await page.getByRole("searchbox", { name: "Search the knowledge base" }).fill("outlook password");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const results = page.getByRole("region", { name: "Search results for outlook password" });
    // A tutorial of the same name is found too: the article is the hit marked "Article".
    await results.getByRole("link", { name: new RegExp(`^Article\\s+${OUTLOOK}`) }).click();

    const title = page.getByRole("heading", { level: 1, name: OUTLOOK });
    await title.waitFor();
    await page.getByText("Category: Email & Outlook").waitFor();
    await runAxe(page, "knowledge base article");

    // Its Urdu version reads right to left.
    await page.getByRole("link", { name: "اردو میں پڑھیں" }).click();
    const urdu = page.getByRole("heading", { level: 1 });
    await urdu.and(page.locator('[lang="ur"][dir="rtl"]')).waitFor();
    expect(await page.locator('.article-body[lang="ur"][dir="rtl"]').count()).toBe(1);
    await page.getByRole("link", { name: "Read in English" }).click();
    await title.waitFor();

    const feedback = page.getByRole("region", { name: "Was this helpful?" });
    await feedback.getByRole("button", { name: "Yes", exact: true }).click();
    await feedback.getByText("Thank you for your feedback.").waitFor();
    await feedback.getByLabel("Anything to add? (optional)").fill("Worked on the first try.");
    await feedback.getByRole("button", { name: "Send comment" }).click();
    await feedback.getByText("Thank you, your comment was sent.").waitFor();
    await screenshot(page, "kb-article");
    const rated = await agent.json<Report>("GET", "/api/v1/kb/report");
    expect(rated.comments).toContainEqual(
      expect.objectContaining({ title: OUTLOOK, helpful: true, comment: "Worked on the first try." }),
    );

    // Typing a request suggests the article; opening it and leaving the draft unsent is one deflection.
    await page.goto("/portal/new");
    await page.getByLabel("Subject", { exact: true }).fill("outlook password");
    const suggestions = page.getByRole("region", { name: "Articles that may help" });
    await suggestions.getByRole("button", { name: OUTLOOK }).click();
    const dialog = page.getByRole("dialog", { name: OUTLOOK });
    await dialog.waitFor();
    await screenshot(page, "kb-suggestion");
    await dialog.getByRole("button", { name: "Back to my request" }).click();
    expect(await page.getByLabel("Subject", { exact: true }).inputValue()).toBe("outlook password");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My requests" }).click();
    await expect
      .poll(
        async () =>
          (await agent.json<Report>("GET", "/api/v1/kb/report")).deflections.find((f) => f.title === OUTLOOK)
            ?.deflections ?? 0,
      )
      .toBe(deflectedBefore + 1);
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });
});
