import type { Deps } from "../context.ts";
import { SYSTEM_ACTOR, type Actor } from "../identity/actor.ts";
import { saveOnboardingPath } from "../knowledge/onboarding/save-onboarding-path.ts";
import { createPlaylist } from "../knowledge/playlist/save-playlist.ts";
import { createTutorial, type TutorialInput } from "../knowledge/tutorial/create-tutorial.ts";
import { setTutorialCaptions } from "../knowledge/tutorial/set-tutorial-captions.ts";

const published = {
  audiences: ["new", "current"] as TutorialInput["audiences"],
  visibility: "public" as const,
  status: "published" as const,
};

// The demo's tutorials play from links (the repository ships no video files); uploads are exercised by the tests.
const TUTORIALS: Array<{
  input: TutorialInput;
  urdu: Omit<TutorialInput, "embedUrl" | "chapters">;
  en: string;
  ur: string;
}> = [
  {
    input: {
      ...published,
      title: "Reset your Outlook password",
      description: "Change a forgotten or expired Outlook password from the sign-in page, in three steps.",
      language: "en",
      embedUrl: "https://support.microsoft.com/en-us/account-billing/reset-a-forgotten-microsoft-account-password",
      chapters: [
        { title: "Open the sign-in page", startSeconds: 0 },
        { title: "Prove it is you", startSeconds: 20 },
        { title: "Choose a new password", startSeconds: 45 },
      ],
    },
    urdu: {
      ...published,
      language: "ur",
      title: "آؤٹ لک کا پاس ورڈ بدلیں",
      description: "بھولا ہوا پاس ورڈ سائن ان صفحے سے تین مراحل میں بدلیں۔",
    },
    en: "WEBVTT\n\n00:00.000 --> 00:05.000\nOpen the Outlook sign-in page and choose Forgot password.\n\n00:20.000 --> 00:25.000\nEnter the code we send to your phone.\n\n00:45.000 --> 00:50.000\nChoose a new password of at least twelve characters.",
    ur: "WEBVTT\n\n00:00.000 --> 00:05.000\nآؤٹ لک کا سائن ان صفحہ کھولیں اور پاس ورڈ بھول گئے چنیں۔\n\n00:20.000 --> 00:25.000\nاپنے فون پر آنے والا کوڈ درج کریں۔",
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
    await setTutorialCaptions(deps, manager, english.id, "en", t.en);
    await setTutorialCaptions(deps, manager, english.id, "ur", t.ur);
    const urdu = await createTutorial(deps, manager, {
      ...t.urdu,
      embedUrl: t.input.embedUrl,
      chapters: t.input.chapters,
      translationOf: english.id,
    });
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
