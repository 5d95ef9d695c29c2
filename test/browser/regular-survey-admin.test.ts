import { describe, expect, it } from "vitest";
import { ADMIN, BROWSER_TEST_TIMEOUT, describeViolations, EMPLOYEE, runAxe, useFrontline } from "../support/browser.ts";

// Regular surveys from the admin's side: an admin defines a quarterly survey of a client organization (a value the
// API refuses is named at its field), finds it in the list with its next round; once the worker has opened a round
// and an employee has answered, the results page shows each question's figures, reached from the dashboard.

const frontline = useFrontline();
const CLIENT = "Indus Textiles Ltd";

type Question = { id: string; kind: string; text: string; required: boolean; satisfaction?: boolean };
type RegularSurvey = { id: string; title: string; questions: Question[]; organizationIds: string[]; status: string };
type Organization = { id: string; name: string };

const today = () => new Date().toISOString().slice(0, 10);

describe("regular surveys in the admin area and the reports", { timeout: BROWSER_TEST_TIMEOUT * 2 }, () => {
  it("lets an admin create a regular survey with a scale and a text question and see it in the list", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const page = await frontline.pageAs(ADMIN);
    await page.goto("/admin");
    const adminNav = page.getByRole("navigation", { name: "Administration" });
    await adminNav.getByRole("link", { name: "Regular surveys" }).click();
    await page.getByRole("heading", { level: 1, name: "Regular surveys" }).waitFor();
    await page.getByRole("link", { name: "New regular survey" }).click();
    const form = page.getByRole("form", { name: "New regular survey" });
    await form.waitFor();

    // Saved empty: the server's refusal lands on the fields it names.
    const title = form.getByRole("textbox", { name: "Title", exact: true });
    await form.getByRole("button", { name: "Create survey" }).click();
    await expect.poll(() => title.getAttribute("aria-invalid")).toBe("true");
    const first = form.getByRole("group", { name: "Question 1" });
    const firstText = first.getByRole("textbox", { name: "Question text", exact: true });
    expect(await firstText.getAttribute("aria-invalid")).toBe("true");

    const name = "Browser test: quarterly check-in";
    await title.fill(name);
    await firstText.fill("How satisfied are you with IT support?");
    expect(await first.getByRole("checkbox", { name: "This is the satisfaction question" }).isChecked()).toBe(true);
    await form.getByRole("button", { name: "Add a question" }).click();
    const second = form.getByRole("group", { name: "Question 2" });
    await second.getByRole("combobox", { name: "Kind of answer" }).selectOption({ label: "Free text" });
    await second.getByRole("textbox", { name: "Question text", exact: true }).fill("What should we do better?");
    await second.getByRole("checkbox", { name: "An answer is required" }).uncheck();
    await form.getByRole("group", { name: "Client organizations" }).getByRole("checkbox", { name: CLIENT }).check();

    const violations = await runAxe(page, "the regular survey editor");
    expect(violations, describeViolations(violations)).toEqual([]);

    await form.getByRole("button", { name: "Create survey" }).click();
    await page.getByRole("status").filter({ hasText: "Regular survey created." }).waitFor();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await page.getByRole("heading", { name: "Rounds" }).waitFor();

    await adminNav.getByRole("link", { name: "Regular surveys" }).click();
    const row = page.getByRole("row").filter({ hasText: name });
    await row.waitFor();
    for (const cell of ["Active", "Every quarter", today(), CLIENT]) await row.getByText(cell).waitFor();

    const organizations = await admin.json<{ items: Organization[] }>("GET", "/api/v1/organizations");
    const client = organizations.items.find((o) => o.name === CLIENT)!;
    const { items } = await admin.json<{ items: RegularSurvey[] }>("GET", "/api/v1/regular-surveys");
    const saved = items.find((s) => s.title === name)!;
    expect(saved).toMatchObject({ status: "active", organizationIds: [client.id] });
    expect(saved.questions.map((q) => [q.kind, q.text, q.required, q.satisfaction])).toEqual([
      ["scale", "How satisfied are you with IT support?", true, true],
      ["text", "What should we do better?", false, undefined],
    ]);
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });

  it("shows a round's results per question, reached from the dashboard's satisfaction card", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const employee = await frontline.apiAs(EMPLOYEE);
    const organizations = await admin.json<{ items: Organization[] }>("GET", "/api/v1/organizations");
    const client = organizations.items.find((o) => o.name === CLIENT)!;
    const name = "Browser test: monthly pulse";
    const survey = await admin.json<RegularSurvey>("POST", "/api/v1/regular-surveys", {
      title: name,
      titleUr: null,
      questions: [
        { id: "score", kind: "scale", text: "How was this month?", textUr: null, required: true, satisfaction: true },
        { id: "better", kind: "text", text: "Anything to improve?", textUr: null, required: false },
      ],
      organizationIds: [client.id],
      recurrence: "monthly",
      startDate: today(),
      windowDays: 7,
      reminderAfterDays: null,
      reminderMax: 0,
      status: "active",
    });

    // The worker looks for due rounds once a minute.
    await expect
      .poll(
        async () => (await admin.json<{ rounds: unknown[] }>("GET", `/api/v1/regular-surveys/${survey.id}`)).rounds,
        { timeout: 90_000, interval: 2_000 },
      )
      .toHaveLength(1);
    const mine = await employee.json<{ items: Array<{ invitationId: string; title: string }> }>(
      "GET",
      "/api/v1/surveys/mine",
    );
    const invitation = mine.items.find((s) => s.title === name)!;
    await employee.json("PUT", `/api/v1/surveys/mine/${invitation.invitationId}/answer`, {
      answers: { score: 4, better: "Answer the phone faster" },
    });

    const page = await frontline.pageAs(ADMIN);
    await page.goto("/reports");
    const satisfaction = page.getByRole("region", { name: "Customer satisfaction", exact: true });
    await satisfaction.getByRole("link", { name }).click();
    await page.getByRole("heading", { level: 1, name: `Regular survey results: ${name}` }).waitFor();

    const scale = page.getByRole("region", { name: "Question 1: How was this month?" });
    await scale.getByText("Mean score").waitFor();
    const scores = scale.getByRole("table", { name: "Scores given: How was this month?" });
    await expect.poll(() => scores.getByRole("row", { name: /^4 / }).innerText()).toMatch(/^4\s+1$/);
    const text = page.getByRole("region", { name: "Question 2: Anything to improve?" });
    await text.getByText("Answer the phone faster").waitFor();

    const csv = page.getByRole("link", { name: /^CSV/ });
    const download = await page.request.get((await csv.getAttribute("href"))!);
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain("Answer the phone faster");

    const violations = await runAxe(page, "regular survey results");
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(frontline.trouble(page).pageErrors).toEqual([]);
  });
});
