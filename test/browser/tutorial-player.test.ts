import { describe, expect, it } from "vitest";
import { ADMIN, BROWSER_TEST_TIMEOUT, EMPLOYEE, screenshot, useFrontline } from "../support/browser.ts";

// A video tutorial played in the browser: staff upload a real WebM (recorded by Chromium itself from a canvas, so
// no ffmpeg is needed) and English captions; an employee opens the tutorial, plays it, and sees the captions; the
// video's end is reported to their onboarding path.

const frontline = useFrontline();

type Tutorial = { id: string; video: { kind: string; url: string } | null; captions: { language: string }[] };
type MyOnboarding = { items: { id: string; done: boolean; progress: { openedAt: string | null } }[] };

/** The player as the test touches it inside the page (the server's tsconfig has no DOM library). */
type VideoInPage = {
  document: {
    querySelector(selector: "video"): {
      muted: boolean;
      currentTime: number;
      ended: boolean;
      play(): Promise<void>;
      textTracks: ArrayLike<{ mode: string; activeCues: ArrayLike<{ text?: string }> | null }>;
    } | null;
  };
};

const CAPTION = "Open Outlook and choose Forgot password.";
const VTT = `WEBVTT\n\n00:00:00.000 --> 00:00:10.000\n${CAPTION}\n`;

/**
 * Records about two seconds of an animated canvas with MediaRecorder in the signed-in staff page and uploads the
 * bytes as the tutorial's video (multipart, field `file`), as the app's own upload would. Runs as page script.
 */
const recordAndUpload = (tutorialId: string) => `(async () => {
  const canvas = document.createElement("canvas");
  canvas.width = 160;
  canvas.height = 90;
  const g = canvas.getContext("2d");
  let frame = 0;
  const timer = setInterval(() => {
    g.fillStyle = "hsl(" + ((frame * 12) % 360) + ", 70%, 50%)";
    g.fillRect(0, 0, 160, 90);
    g.fillStyle = "#fff";
    g.fillText(String(frame++), 10, 50);
  }, 40);
  const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: "video/webm" });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.start(250);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  recorder.stop();
  await stopped;
  clearInterval(timer);
  const me = await (await fetch("/api/v1/auth/me")).json();
  const form = new FormData();
  form.append("file", new Blob(chunks, { type: "video/webm" }), "reset-password.webm");
  const response = await fetch("/api/v1/tutorials/${tutorialId}/video", {
    method: "PUT",
    headers: { "x-csrf-token": me.csrfToken, accept: "application/json" },
    body: form,
  });
  return response.status + " " + (await response.text()).slice(0, 300);
})()`;

describe("tutorial player", { timeout: BROWSER_TEST_TIMEOUT * 2 }, () => {
  it("plays an uploaded video with its English captions and reports the end to the onboarding path", async () => {
    const admin = await frontline.apiAs(ADMIN);
    const tutorial = await admin.json<Tutorial>("POST", "/api/v1/tutorials", {
      title: "Reset your Outlook password",
      description: "Three steps from the sign-in page.",
      language: "en",
      audiences: ["new", "current"],
      visibility: "signed_in",
      status: "published",
      chapters: [{ title: "The sign-in page", startSeconds: 0 }],
    });
    const staffPage = await frontline.pageAs(ADMIN);
    await staffPage.goto("/console");
    const uploaded = await staffPage.evaluate<string>(recordAndUpload(tutorial.id));
    expect(uploaded.slice(0, 3), uploaded).toBe("200");
    await admin.json("PUT", `/api/v1/tutorials/${tutorial.id}/captions/en`, { vtt: VTT });
    const employee = await frontline.apiAs(EMPLOYEE);
    await admin.json("PUT", "/api/v1/onboarding/paths", {
      organizationId: employee.me.organizationId,
      title: "Your first week",
      items: [{ kind: "tutorial", id: tutorial.id }],
    });

    const page = await frontline.pageAs(EMPLOYEE);
    await page.goto(`/kb/tutorials/${tutorial.id}`);
    await page.getByRole("heading", { level: 1, name: "Reset your Outlook password" }).waitFor();
    const video = page.locator("video");
    await video.waitFor();
    expect(await page.locator('video track[kind="captions"][srclang="en"]').getAttribute("label")).toBe("English");
    await page.getByRole("button", { name: "Play from 0:00 The sign-in page" }).waitFor();

    // Muted, as a browser lets a page start playing on its own; the captions track is shown.
    await page.evaluate(async () => {
      const video = (globalThis as unknown as VideoInPage).document.querySelector("video")!;
      video.muted = true;
      video.textTracks[0]!.mode = "showing";
      await video.play();
    });
    const playing = () =>
      page.evaluate(() => {
        const video = (globalThis as unknown as VideoInPage).document.querySelector("video")!;
        const cues = video.textTracks[0]!.activeCues;
        return { currentTime: video.currentTime, ended: video.ended, cue: cues?.[0]?.text ?? null };
      });
    await expect.poll(async () => (await playing()).currentTime).toBeGreaterThan(0.5);
    expect((await playing()).cue).toBe(CAPTION);
    await screenshot(page, "tutorial-player");

    // Played to its end: the path counts the tutorial as watched, so it is done.
    await expect.poll(async () => (await playing()).ended, { timeout: 20_000 }).toBe(true);
    await expect
      .poll(async () => (await employee.json<MyOnboarding>("GET", "/api/v1/onboarding/mine")).items[0], {
        timeout: 10_000,
      })
      .toMatchObject({ id: tutorial.id, done: true });
    expect(frontline.trouble(page)).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
  });
});
