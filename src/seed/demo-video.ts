import path from "node:path";
import { PACKAGE_ROOT } from "../platform/package-root.ts";

/**
 * The demo tutorial's video: three slides of DEMO_VIDEO_SLIDE_SECONDS each, recorded by
 * scripts/record-demo-tutorial.ts and committed. Its chapters and captions below follow the same seconds, so the
 * recording and the seed are changed together.
 */
export const DEMO_VIDEO_FILE = path.join(PACKAGE_ROOT, "assets", "demo", "reset-outlook-password.webm");
export const DEMO_VIDEO_SLIDE_SECONDS = 4;

/** What each slide shows, with the step's title and caption in Urdu for the Urdu version of the tutorial. */
export const DEMO_VIDEO_SLIDES = [
  {
    step: "Step 1 of 3",
    title: "Open the sign-in page",
    text: "Go to outlook.office.com and choose Forgot password under the password box.",
    urduTitle: "سائن ان صفحہ کھولیں",
    urduText: "آؤٹ لک کا سائن ان صفحہ کھولیں اور پاس ورڈ کے خانے کے نیچے پاس ورڈ بھول گئے چنیں۔",
  },
  {
    step: "Step 2 of 3",
    title: "Prove it is you",
    text: "Enter the code we send to your phone or your authenticator app.",
    urduTitle: "اپنی شناخت ثابت کریں",
    urduText: "اپنے فون یا تصدیقی ایپ پر آنے والا کوڈ درج کریں۔",
  },
  {
    step: "Step 3 of 3",
    title: "Choose a new password",
    text: "Use at least twelve characters you have not used before, then sign in again on your phone.",
    urduTitle: "نیا پاس ورڈ چنیں",
    urduText: "کم از کم بارہ حروف کا نیا پاس ورڈ چنیں جو پہلے استعمال نہ کیا ہو، پھر فون پر دوبارہ سائن ان کریں۔",
  },
] as const;

const clock = (seconds: number) => `00:${String(seconds).padStart(2, "0")}.000`;

/** One chapter per slide, titled in the tutorial's language. */
export function demoVideoChapters(language: "en" | "ur") {
  return DEMO_VIDEO_SLIDES.map((s, i) => ({
    title: language === "ur" ? s.urduTitle : s.title,
    startSeconds: i * DEMO_VIDEO_SLIDE_SECONDS,
  }));
}

/** A WebVTT track with one cue per slide, shown while the slide is. */
export function demoVideoCaptions(language: "en" | "ur"): string {
  const cues = DEMO_VIDEO_SLIDES.map((s, i) => {
    const from = i * DEMO_VIDEO_SLIDE_SECONDS;
    return `${clock(from)} --> ${clock(from + DEMO_VIDEO_SLIDE_SECONDS)}\n${language === "ur" ? s.urduText : s.text}`;
  });
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}
