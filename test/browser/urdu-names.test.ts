import { describe, expect, it } from "vitest";
import { ADMIN, BROWSER_TEST_TIMEOUT, EMPLOYEE, settle, useFrontline } from "../support/browser.ts";

// Names admins type (categories, groups, channel instructions) may have an Urdu version: the admin gives it in the
// form, and people reading the app in Urdu see it; English readers keep the name as typed.

const frontline = useFrontline();

describe("Urdu names of admin-entered things", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("an admin gives a category an Urdu name, and the Urdu portal offers it by that name", async () => {
    const name = `Label printers ${Date.now()}`;
    const nameUr = "لیبل پرنٹر";
    const admin = await frontline.pageAs(ADMIN);
    await admin.goto("/admin/categories/new");
    await admin.getByLabel("Name", { exact: true }).fill(name);
    await admin.getByLabel("Name in Urdu", { exact: true }).fill(nameUr);
    await admin.getByRole("button", { name: "Add category", exact: true }).click();
    await admin.getByRole("cell", { name, exact: true }).waitFor();

    const urdu = await frontline.pageAs(EMPLOYEE, { lang: "ur" });
    await urdu.goto("/portal/new");
    await settle(urdu);
    const urduOptions = await urdu.locator("select option").allInnerTexts();
    expect(urduOptions).toContain(nameUr);
    expect(urduOptions).not.toContain(name);

    const english = await frontline.pageAs(EMPLOYEE, { lang: "en" });
    await english.goto("/portal/new");
    await settle(english);
    const englishOptions = await english.locator("select option").allInnerTexts();
    expect(englishOptions).toContain(name);
    expect(englishOptions).not.toContain(nameUr);
  });
});
