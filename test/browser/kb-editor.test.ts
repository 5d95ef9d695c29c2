import { describe, expect, it } from "vitest";
import { AGENT, BROWSER_TEST_TIMEOUT, runAxe, screenshot, useFrontline } from "../support/browser.ts";

// An agent writes a knowledge base article in the console: the Markdown rendered live by the server beside the text
// (typed scripts and script links inert), saved, edited and published, the versions compared in its history, and an
// earlier one restored after a confirmation.

const frontline = useFrontline();

describe("writing a knowledge base article", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("an agent writes an article with a live preview, edits and publishes it, compares and restores versions", async () => {
    const title = `Browser test: connect to the VPN ${Date.now()}`;
    const page = await frontline.pageAs(AGENT);
    await page.goto("/console");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Knowledge base" }).click();
    await page.getByRole("heading", { level: 1, name: "Knowledge base" }).waitFor();
    await page.getByRole("link", { name: "Write an article" }).click();

    await page.getByLabel("Title", { exact: true }).fill(title);
    // The preview follows the text as it is typed, before anything is saved.
    const preview = page.getByRole("region", { name: "Preview" });
    await page.getByText("Type the article's text to see it here.").waitFor();
    await page
      .getByLabel("Article (Markdown)", { exact: true })
      .fill(
        "## Before you start\n\n- Install **FortiClient**\n- Sign in with your account\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))",
      );
    await preview.getByRole("heading", { level: 2, name: "Before you start" }).waitFor();
    expect(await preview.locator("strong").innerText()).toBe("FortiClient");
    expect(await preview.locator("li").count()).toBe(2);
    // Typed HTML is text, never a script; a javascript: link is no link at all.
    await preview.getByText("<script>alert(1)</script>").waitFor();
    expect(await preview.locator("script").count()).toBe(0);
    await preview.getByText("[x](javascript:alert(1))").waitFor();
    expect(await preview.locator("a").count()).toBe(0);
    expect(await page.locator('[href^="javascript:" i]').count()).toBe(0);
    await page.getByRole("checkbox", { name: "New employees" }).check();
    await page.getByLabel("Tags", { exact: true }).fill("vpn, remote");
    await page.getByRole("button", { name: "Save draft", exact: true }).click();

    // Saved as a draft: the page is the article's editor now, its preview still the text's.
    await page.waitForURL(/\/console\/kb\/[0-9a-f-]+\/edit$/);
    await page.getByRole("status").filter({ hasText: "Article saved as version 1." }).waitFor();
    await preview.getByRole("heading", { level: 2, name: "Before you start" }).waitFor();
    await page.getByText("Version 1 · Draft").waitFor();

    // The edit shows in the preview before it is saved. The edit and the publishing are one save: status is part of
    // an article's content, so it makes version 2.
    await page
      .getByLabel("Article (Markdown)", { exact: true })
      .fill("## Before you start\n\n- Install **FortiClient 7**\n- Sign in with your account");
    await preview.getByText("FortiClient 7").waitFor();
    await page.getByLabel("What changed (for the history)", { exact: true }).fill("Name the client's version");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Saved: version 2, Published." }).waitFor();
    await page.getByRole("button", { name: "Save and keep published", exact: true }).waitFor();

    const history = page.getByRole("region", { name: "History" });
    await expect.poll(() => history.getByRole("row").count()).toBe(3); // the header and two versions
    await history.getByRole("cell", { name: "Name the client's version" }).waitFor();
    await history.getByRole("button", { name: "Show the differences" }).click();
    const diff = page.getByRole("region", { name: /^Changes from version 1 to version 2/ });
    await diff.locator("del").filter({ hasText: "- Install **FortiClient**" }).waitFor();
    await diff.locator("ins").filter({ hasText: "- Install **FortiClient 7**" }).waitFor();
    await screenshot(page, "kb-editor-history");
    await runAxe(page, "the article editor with its history");

    // Restoring asks first: cancelling changes nothing, confirming brings version 1 back as version 3.
    await history.getByRole("button", { name: "Restore version 1", exact: true }).click();
    const confirm = page.getByRole("dialog", { name: "Restore version 1?" });
    await confirm.getByText("saved as a new version").waitFor();
    await confirm.getByRole("button", { name: "Cancel", exact: true }).click();
    await confirm.waitFor({ state: "hidden" });
    expect(await history.getByRole("row").count()).toBe(3);
    await history.getByRole("button", { name: "Restore version 1", exact: true }).click();
    await confirm.getByRole("button", { name: "Restore version 1", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Version 1 restored as version 3." }).waitFor();
    await expect.poll(() => history.getByRole("row").count()).toBe(4);
    await preview.getByText("FortiClient", { exact: true }).waitFor();

    // The list shows it published.
    await page.getByRole("link", { name: "Back to the knowledge base" }).click();
    const row = page.getByRole("row", { name: new RegExp(title) });
    await row.getByText("Published").waitFor();
    const trouble = frontline.trouble(page);
    expect(trouble.pageErrors).toEqual([]);
    expect(trouble.cspViolations).toEqual([]);
  });
});
