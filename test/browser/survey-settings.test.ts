import { describe, expect, it } from "vitest";
import {
  ADMIN,
  BROWSER_TEST_TIMEOUT,
  describeViolations,
  EMPLOYEE,
  expectNoHorizontalScroll,
  PHONE,
  runAxe,
  useFrontline,
} from "../support/browser.ts";

// Surveys and suggestions reached from the app: an admin sets the post-resolution survey up under /admin (a value the
// API refuses is named at its field), and an employee finds their suggestions, with the managers' answer, in the
// portal, next to a link to send another; the public pages link to the public suggestion form, on a phone too.

const frontline = useFrontline();

type SurveySettings = {
  enabled: boolean;
  question: string;
  questionUr: string | null;
  samplingPercent: number;
  cooldownDays: number;
  linkDays: number;
};

describe("survey settings and suggestions in the app", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("lets an admin save the survey settings, showing the server's refusal at the field", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const page = await frontline.pageAs(ADMIN);
    await page.goto("/admin");
    await page
      .getByRole("navigation", { name: "Administration" })
      .getByRole("link", { name: "Satisfaction survey" })
      .click();
    const form = page.getByRole("form", { name: "Post-resolution survey" });
    await form.waitFor();

    const violations = await runAxe(page, "admin survey settings");
    expect(violations, describeViolations(violations)).toEqual([]);

    const sampling = form.getByRole("textbox", { name: "Share of resolved requests surveyed (%)" });
    await sampling.fill("150");
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => sampling.getAttribute("aria-invalid")).toBe("true");
    expect((await admin.json<SurveySettings>("GET", "/api/v1/settings/survey")).samplingPercent).not.toBe(150);

    await form.getByRole("checkbox", { name: "Survey resolved requests" }).check();
    await form.getByRole("textbox", { name: "Question", exact: true }).fill("How happy are you with the fix?");
    await form.getByRole("textbox", { name: "Question in Urdu" }).fill("آپ حل سے کتنے خوش ہیں؟");
    await sampling.fill("50");
    await form.getByRole("textbox", { name: "Days between surveys for one requester" }).fill("30");
    await form.getByRole("textbox", { name: "Days a survey link can be answered" }).fill("7");
    await form.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Survey settings saved." }).waitFor();
    expect(await sampling.getAttribute("aria-invalid")).toBeNull();

    expect(await admin.json<SurveySettings>("GET", "/api/v1/settings/survey")).toEqual({
      enabled: true,
      question: "How happy are you with the fix?",
      questionUr: "آپ حل سے کتنے خوش ہیں؟",
      samplingPercent: 50,
      cooldownDays: 30,
      linkDays: 7,
    });
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });

  it("lists a person's own suggestions with the answer in the portal, and links to the public form", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const page = await frontline.pageAs(EMPLOYEE, PHONE);
    await page.goto("/portal");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Suggestions" }).click();
    await page.getByRole("link", { name: "Suggest an improvement" }).click();
    await page.getByLabel("Your suggestion in a few words").fill("Browser test: a printer map on the portal");
    await page.getByLabel("Tell us more").fill("Finding the nearest printer takes a walk around the floor.");
    await page.getByRole("button", { name: "Send suggestion" }).click();
    const item = page.getByRole("listitem").filter({ hasText: "Browser test: a printer map on the portal" });
    await item.getByText("New", { exact: true }).waitFor();
    await item.getByText("No answer yet.").waitFor();
    await expectNoHorizontalScroll(page);
    const violations = await runAxe(page, "portal suggestions");
    expect(violations, describeViolations(violations)).toEqual([]);

    const all = await admin.json<{ items: { id: string; title: string }[] }>("GET", "/api/v1/suggestions");
    const sent = all.items.find((s) => s.title === "Browser test: a printer map on the portal");
    expect(sent).toBeDefined();
    await admin.json("PATCH", `/api/v1/suggestions/${sent!.id}`, {
      status: "planned",
      publicAnswer: "A floor map comes with the next portal release.",
    });
    await page.reload();
    await item.getByText("Planned", { exact: true }).waitFor();
    await item.getByText("A floor map comes with the next portal release.").waitFor();

    const visitor = await frontline.page(PHONE);
    await visitor.goto("/sla");
    await visitor
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Suggest an improvement" })
      .click();
    await visitor.getByRole("button", { name: "Send suggestion" }).waitFor();
    await expectNoHorizontalScroll(visitor);
    expect(frontline.trouble(page).pageErrors).toEqual([]);
    expect(frontline.trouble(visitor).pageErrors).toEqual([]);
  });
});
