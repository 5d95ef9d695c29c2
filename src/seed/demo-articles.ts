// The demo workspace's knowledge base: everyday IT help-desk articles, two of them also in Urdu. Tests of search
// relevance and of the knowledge base run against the same articles (seeds are shared by demo and tests).
import type { ContentLanguage, ContentVisibility, KnowledgeAudience } from "../shared/enums.ts";

export type DemoArticle = {
  key: string;
  language: ContentLanguage;
  title: string;
  category: string;
  audiences: KnowledgeAudience[];
  tags: string[];
  visibility: ContentVisibility;
  body: string;
};

/** The knowledge base categories, with their Urdu names. */
export const DEMO_KB_CATEGORIES = [
  { name: "Email & Outlook", nameUr: "ای میل اور آؤٹ لک" },
  { name: "Network & VPN", nameUr: "نیٹ ورک اور وی پی این" },
  { name: "Accounts & passwords", nameUr: "اکاؤنٹس اور پاس ورڈ" },
  { name: "Getting started", nameUr: "آغاز" },
  { name: "Printing", nameUr: "پرنٹنگ" },
  { name: "Service desk procedures", nameUr: "سروس ڈیسک کے طریقے" },
];

const everyone: KnowledgeAudience[] = ["new", "current"];

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    key: "reset-outlook-password",
    language: "en",
    title: "Reset your Outlook password",
    category: "Email & Outlook",
    audiences: everyone,
    tags: ["outlook", "password", "email"],
    visibility: "public",
    body:
      "Your Outlook password is your company account password.\n\n## Steps\n\n1. Go to the sign-in page and choose **Forgot password**.\n" +
      "2. Enter your work email address.\n3. Open the link we email you (valid for 30 minutes) and choose a new password of at least 10 characters.\n" +
      "4. Sign in to Outlook again on every device; your phone asks for the new password the next time it syncs mail.\n\n" +
      "If Outlook keeps asking for the password, remove the saved credential in Windows Credential Manager.",
  },
  {
    key: "reset-outlook-password",
    language: "ur",
    title: "اپنا آؤٹ لک پاس ورڈ دوبارہ ترتیب دیں",
    category: "Email & Outlook",
    audiences: everyone,
    tags: ["outlook", "پاس ورڈ", "ای میل"],
    visibility: "public",
    body:
      "آپ کا آؤٹ لک پاس ورڈ آپ کے کمپنی اکاؤنٹ کا پاس ورڈ ہے۔\n\n## طریقہ\n\n1. سائن ان صفحے پر **پاس ورڈ بھول گئے** منتخب کریں۔\n" +
      "2. اپنا دفتری ای میل پتا درج کریں۔\n3. ای میل میں آنے والا لنک کھولیں (30 منٹ کے لیے درست) اور کم از کم 10 حروف کا نیا پاس ورڈ چنیں۔\n" +
      "4. ہر ڈیوائس پر آؤٹ لک میں دوبارہ سائن ان کریں۔",
  },
  {
    key: "connect-to-the-vpn",
    language: "en",
    title: "Connect to the VPN",
    category: "Network & VPN",
    audiences: everyone,
    tags: ["vpn", "remote", "network"],
    visibility: "signed_in",
    body:
      "Use the VPN whenever you work outside the office and need the file shares or the ERP.\n\n" +
      "1. Open **GlobalProtect** from the system tray.\n2. Enter the portal address `vpn.indus-textiles.example`.\n" +
      "3. Sign in with your company account and approve the prompt on your phone.\n\n" +
      "If the connection drops every few minutes, switch from hotel or café Wi-Fi to your phone's hotspot and try again.",
  },
  {
    key: "first-day-it-checklist",
    language: "en",
    title: "New employee: your first day IT checklist",
    category: "Getting started",
    audiences: ["new"],
    tags: ["onboarding", "laptop", "account", "new starter"],
    visibility: "signed_in",
    body:
      "Welcome! On your first day:\n\n- Collect your laptop and badge from the service desk.\n- Sign in and set a password of at least 10 characters.\n" +
      "- Set up multi-factor authentication on your phone.\n- Open Outlook and Teams and check that your mail arrives.\n" +
      "- Install the VPN client (see *Connect to the VPN*).\n- Add the nearest printer.\n\nAnything missing? Raise a request in the portal.",
  },
  {
    key: "first-day-it-checklist",
    language: "ur",
    title: "نئے ملازم: پہلے دن کی آئی ٹی فہرست",
    category: "Getting started",
    audiences: ["new"],
    tags: ["آغاز", "لیپ ٹاپ", "اکاؤنٹ"],
    visibility: "signed_in",
    body:
      "خوش آمدید! اپنے پہلے دن:\n\n- سروس ڈیسک سے اپنا لیپ ٹاپ اور بیج لیں۔\n- سائن ان کریں اور کم از کم 10 حروف کا پاس ورڈ رکھیں۔\n" +
      "- اپنے فون پر ملٹی فیکٹر تصدیق ترتیب دیں۔\n- آؤٹ لک اور ٹیمز کھولیں۔\n- وی پی این کلائنٹ انسٹال کریں۔",
  },
  {
    key: "set-up-multi-factor-authentication",
    language: "en",
    title: "Set up multi-factor authentication (MFA)",
    category: "Accounts & passwords",
    audiences: everyone,
    tags: ["mfa", "authenticator", "security", "account"],
    visibility: "public",
    body:
      "Multi-factor authentication protects your account even if your password leaks.\n\n1. Install Microsoft Authenticator on your phone.\n" +
      "2. Go to the security info page and choose **Add sign-in method**.\n3. Scan the QR code with the app and approve the test notification.\n\n" +
      "New phone? Ask the service desk to reset your MFA registration before you wipe the old one.",
  },
  {
    key: "add-a-network-printer",
    language: "en",
    title: "Add a network printer",
    category: "Printing",
    audiences: everyone,
    tags: ["printer", "printing", "windows"],
    visibility: "public",
    body:
      "1. Open **Settings → Bluetooth & devices → Printers & scanners**.\n2. Choose **Add device**; printers are named after their floor, e.g. `PRN-2F-EAST`.\n" +
      "3. Print a test page.\n\nPaper jams and toner: call the facilities desk on extension 200.",
  },
  {
    key: "shared-mailbox-access",
    language: "en",
    title: "Open a shared mailbox in Outlook",
    category: "Email & Outlook",
    audiences: ["current"],
    tags: ["outlook", "shared mailbox", "email"],
    visibility: "signed_in",
    body:
      "Shared mailboxes (such as accounts@ or hr@) appear in Outlook by themselves about an hour after your manager approves access.\n\n" +
      "If one does not appear, choose **File → Account settings → Change → More settings → Advanced** and add it by name.",
  },
  {
    key: "wifi-for-guests",
    language: "en",
    title: "Wi-Fi for visitors and guests",
    category: "Network & VPN",
    audiences: everyone,
    tags: ["wifi", "guest", "network"],
    visibility: "public",
    body: "Visitors join the **Indus-Guest** network. Reception prints a voucher valid for one day; it allows web browsing only.",
  },
  {
    key: "unlock-locked-account",
    language: "en",
    title: "My account is locked",
    category: "Accounts & passwords",
    audiences: everyone,
    tags: ["account", "locked", "password", "sign-in"],
    visibility: "public",
    body:
      "After ten wrong passwords your account locks for 15 minutes. Wait, then sign in with the right password, or reset it with **Forgot password**.\n\n" +
      "Locked again straight away? An old phone or laptop is still trying your previous password: update it there.",
  },
  {
    key: "escalating-to-l2",
    language: "en",
    title: "When to escalate a ticket to L2 Infrastructure",
    category: "Service desk procedures",
    audiences: ["agents"],
    tags: ["escalation", "l2", "procedure"],
    visibility: "signed_in",
    body:
      "Escalate to L2 when a network, VPN or server fault affects more than one person, or when the first-line checks in the runbook did not help.\n\n" +
      "Write what you tried in an internal note before escalating.",
  },
  {
    key: "laptop-running-slow",
    language: "en",
    title: "Laptop running slow",
    category: "Getting started",
    audiences: ["current"],
    tags: ["laptop", "performance", "windows"],
    visibility: "signed_in",
    body: "Restart the laptop at least once a week: updates finish installing only then.\n\nCheck the free disk space (at least 10 GB) and close browser tabs you do not need.",
  },
];
