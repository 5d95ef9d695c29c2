import { createReadStream } from "node:fs";
import type { Deps } from "../context.ts";
import { SYSTEM_ACTOR, type Actor } from "../identity/actor.ts";
import { saveOnboardingPath } from "../knowledge/onboarding/save-onboarding-path.ts";
import { createPlaylist } from "../knowledge/playlist/save-playlist.ts";
import { createTutorial, type TutorialInput } from "../knowledge/tutorial/create-tutorial.ts";
import { setTutorialCaptions } from "../knowledge/tutorial/set-tutorial-captions.ts";
import { uploadTutorialVideo } from "../knowledge/tutorial/upload-tutorial-video.ts";
import { DEMO_VIDEO_FILE, demoVideoCaptions, demoVideoChapters } from "./demo-video.ts";

const published = {
  audiences: ["new", "current"] as TutorialInput["audiences"],
  visibility: "public" as const,
  status: "published" as const,
};

// The demo's first tutorial plays a video uploaded like any other (assets/demo, recorded by
// scripts/record-demo-tutorial.ts), so a fresh `npm start` shows a tutorial that plays, with its chapters and captions;
// the second plays from a link.
const TUTORIALS: Array<{
  input: TutorialInput;
  urdu: Omit<TutorialInput, "embedUrl" | "chapters"> & { chapters?: TutorialInput["chapters"] };
  en: string;
  ur: string;
  /** The committed video file uploaded to both language versions, or none (the embedded link plays). */
  video?: string;
}> = [
  {
    input: {
      ...published,
      title: "Reset your Outlook password",
      description: "Change a forgotten or expired Outlook password from the sign-in page, in three steps.",
      language: "en",
      embedUrl: null,
      chapters: demoVideoChapters("en"),
    },
    urdu: {
      ...published,
      language: "ur",
      title: "آؤٹ لک کا پاس ورڈ بدلیں",
      description: "بھولا ہوا پاس ورڈ سائن ان صفحے سے تین مراحل میں بدلیں۔",
      chapters: demoVideoChapters("ur"),
    },
    en: demoVideoCaptions("en"),
    ur: demoVideoCaptions("ur"),
    video: DEMO_VIDEO_FILE,
  },
  {
    input: {
      ...published,
      title: "Connect to the VPN from home",
      description: "Install the VPN client on your laptop and sign in with your work account.",
      language: "en",
      embedUrl:
        "https://support.microsoft.com/en-us/windows/connect-to-a-vpn-in-windows-3d29aeb1-f497-f6b7-7633-115722c1009c",
      chapters: [],
    },
    urdu: {
      ...published,
      language: "ur",
      title: "گھر سے وی پی این سے جڑیں",
      description: "اپنے لیپ ٹاپ پر وی پی این کلائنٹ لگائیں اور دفتر کے اکاؤنٹ سے سائن ان کریں۔",
    },
    en: "WEBVTT\n\n00:00.000 --> 00:04.000\nDownload the VPN client from the portal.\n\n00:04.000 --> 00:09.000\nSign in with your work email and password.",
    ur: "WEBVTT\n\n00:00.000 --> 00:04.000\nپورٹل سے وی پی این کلائنٹ ڈاؤن لوڈ کریں۔",
  },
];

/** The demo's tutorials in English and Urdu with captions, a playlist of them and the path for new employees. */
export async function seedTutorials(deps: Deps, managerId: string): Promise<void> {
  const manager: Actor = { ...SYSTEM_ACTOR, personId: managerId, name: "Demo manager", role: "manager" };
  const items = [];
  for (const t of TUTORIALS) {
    const english = await createTutorial(deps, manager, t.input);
    if (t.video) await uploadTutorialVideo(deps, manager, english.id, createReadStream(t.video));
    await setTutorialCaptions(deps, manager, english.id, "en", t.en);
    await setTutorialCaptions(deps, manager, english.id, "ur", t.ur);
    const urdu = await createTutorial(deps, manager, {
      ...t.urdu,
      embedUrl: t.input.embedUrl,
      chapters: t.urdu.chapters ?? t.input.chapters,
      translationOf: english.id,
    });
    if (t.video) await uploadTutorialVideo(deps, manager, urdu.id, createReadStream(t.video));
    await setTutorialCaptions(deps, manager, urdu.id, "ur", t.ur);
    items.push({ kind: "tutorial" as const, id: english.id });
  }
  await createPlaylist(deps, manager, {
    title: "Your first week",
    description: "Accounts, mail and remote access.",
    items,
  });
  await saveOnboardingPath(deps, manager, { audience: "new", title: "Getting started", items });
}
