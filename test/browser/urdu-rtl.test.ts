import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  BROWSER_TEST_TIMEOUT,
  documentState,
  EMPLOYEE,
  expectNoHorizontalScroll,
  PHONE,
  screenshot,
  settle,
  useFrontline,
} from "../support/browser.ts";

// The portal in Urdu: right-to-left from the <html> element down, Urdu words, and a way back to English.

const frontline = useFrontline();
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const urduCommon = JSON.parse(
  readFileSync(new URL("../../web/src/locales/ur/common.json", import.meta.url), "utf8"),
) as { prefs: { language: string } };

// What the test reads of the page's fonts (the test runs in Node: no DOM types).
type FontsInPage = { document: { fonts: { ready: Promise<unknown> } & Iterable<{ family: string; status: string }> } };

describe("portal in Urdu", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("lays the page out right to left in Urdu, and the language picker switches back to English left to right", async () => {
    const page = await frontline.pageAs(EMPLOYEE);
    await page.goto("/portal?lang=ur");
    await settle(page);
    const heading = page.getByRole("heading", { level: 1 }).first();

    expect(await documentState(page)).toMatchObject({ dir: "rtl", lang: "ur", mainDirection: "rtl" });
    expect(await heading.innerText()).toMatch(ARABIC_SCRIPT);
    await screenshot(page, "portal-urdu", { docs: true });

    await page.getByRole("combobox", { name: urduCommon.prefs.language }).selectOption("en");
    await expect.poll(() => documentState(page)).toMatchObject({ dir: "ltr", lang: "en", mainDirection: "ltr" });
    await expect.poll(() => heading.innerText()).not.toMatch(ARABIC_SCRIPT);
  });

  it("draws Urdu in the typeface shipped with the app, which English readers never download", async () => {
    const nastaliq = (page: Page) =>
      page.evaluate(async () => {
        const { document } = globalThis as unknown as FontsInPage;
        await document.fonts.ready;
        const faces = [...document.fonts].filter((f) => f.family.replaceAll('"', "") === "Noto Nastaliq Urdu");
        return { registered: faces.length > 0, loaded: faces.some((f) => f.status === "loaded") };
      });
    const english = await frontline.pageAs(EMPLOYEE);
    await english.goto("/portal?lang=en");
    await settle(english);
    expect(await nastaliq(english)).toEqual({ registered: false, loaded: false });

    const urdu = await frontline.pageAs(EMPLOYEE);
    const fonts: string[] = [];
    urdu.on(
      "response",
      (r) => void (r.url().includes("noto-nastaliq-urdu") && r.ok() && fonts.push(new URL(r.url()).origin)),
    );
    await urdu.goto("/portal?lang=ur");
    await settle(urdu);
    await expect.poll(() => nastaliq(urdu)).toEqual({ registered: true, loaded: true });
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts)).toEqual(new Set([new URL(urdu.url()).origin]));
  });

  it("the Urdu new-request page fits a phone screen (390 px) without scrolling sideways", async () => {
    const page = await frontline.pageAs(EMPLOYEE, { ...PHONE, lang: "ur" });
    await page.goto("/portal/new");
    await settle(page);
    expect((await documentState(page)).dir).toBe("rtl");
    await expectNoHorizontalScroll(page, "the Urdu new-request page");
  });
});
