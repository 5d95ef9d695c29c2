import type { Channel, Impact, Role, Status, TicketType, Urgency } from "../shared/enums.ts";

/** Every demo account signs in with this password (printed at start; change it or drop the demo in production). */
export const DEMO_PASSWORD = "frontline-demo";

export type DemoPerson = {
  key: string;
  name: string;
  email: string;
  phone: string;
  role: Role;
  org: "provider" | "client";
  orgManager?: boolean;
  reportsTo?: string;
};

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: "admin",
    name: "Ayesha Khan",
    email: "admin@frontline.example",
    phone: "+92 21 3456 0001",
    role: "admin",
    org: "provider",
  },
  {
    key: "manager",
    name: "Bilal Ahmed",
    email: "manager@frontline.example",
    phone: "+92 21 3456 0002",
    role: "manager",
    org: "provider",
  },
  {
    key: "l1lead",
    name: "Sana Malik",
    email: "l1.lead@frontline.example",
    phone: "+92 21 3456 0010",
    role: "agent",
    org: "provider",
    reportsTo: "manager",
  },
  {
    key: "agent1",
    name: "Usman Tariq",
    email: "agent@frontline.example",
    phone: "+92 21 3456 0011",
    role: "agent",
    org: "provider",
    reportsTo: "l1lead",
  },
  {
    key: "agent2",
    name: "Hira Siddiqui",
    email: "hira@frontline.example",
    phone: "+92 21 3456 0012",
    role: "agent",
    org: "provider",
    reportsTo: "l1lead",
  },
  {
    key: "l2lead",
    name: "Kamran Qureshi",
    email: "l2.lead@frontline.example",
    phone: "+92 21 3456 0020",
    role: "agent",
    org: "provider",
    reportsTo: "manager",
  },
  {
    key: "agent3",
    name: "Zainab Raza",
    email: "zainab@frontline.example",
    phone: "+92 21 3456 0021",
    role: "agent",
    org: "provider",
    reportsTo: "l2lead",
  },
  {
    key: "l3lead",
    name: "Faisal Iqbal",
    email: "l3.lead@frontline.example",
    phone: "+92 21 3456 0030",
    role: "agent",
    org: "provider",
    reportsTo: "manager",
  },
  {
    key: "itmgr",
    name: "Nadia Hussain",
    email: "it.manager@indus-textiles.example",
    phone: "+92 42 3500 1000",
    role: "requester",
    org: "client",
    orgManager: true,
  },
  {
    key: "emp1",
    name: "Omar Farooq",
    email: "employee@indus-textiles.example",
    phone: "+92 300 1234567",
    role: "requester",
    org: "client",
    reportsTo: "itmgr",
  },
  {
    key: "emp2",
    name: "Mariam Javed",
    email: "mariam@indus-textiles.example",
    phone: "+92 301 7654321",
    role: "requester",
    org: "client",
    reportsTo: "itmgr",
  },
  {
    key: "emp3",
    name: "Ali Hassan",
    email: "ali@indus-textiles.example",
    phone: "+92 333 5550101",
    role: "requester",
    org: "client",
    reportsTo: "itmgr",
  },
];

type Step =
  | { by: string; kind: "reply"; text: string }
  | { by: string; kind: "note"; text: string }
  | { by: string; kind: "status"; status: Status; text: string }
  /** Staff publishing the ticket on the public status page (`text` is the public title), and a public update. */
  | { by: string; kind: "publish"; text: string }
  | { by: string; kind: "public_update"; text: string };

export type DemoTicket = {
  by: string;
  requester: string;
  subject: string;
  description: string;
  type: TicketType;
  impact: Impact;
  urgency: Urgency;
  category: string;
  channel: Channel;
  steps?: Step[];
};

export const DEMO_TICKETS: DemoTicket[] = [
  {
    by: "agent1",
    requester: "itmgr",
    subject: "ERP unreachable for the whole Lahore office",
    description: "Nobody can open the ERP since 08:40; the login page times out.",
    type: "incident",
    impact: "organization",
    urgency: "high",
    category: "Network",
    channel: "phone",
    steps: [
      { by: "agent3", kind: "note", text: "Core switch in rack B reboot-looping; on it." },
      {
        by: "agent3",
        kind: "reply",
        text: "We have found a failing core switch and are replacing it. Next update in 30 minutes.",
      },
      { by: "agent3", kind: "publish", text: "ERP unavailable at the Lahore office" },
      {
        by: "agent3",
        kind: "public_update",
        text: "A failed network switch is being replaced. Next update in 30 minutes.",
      },
    ],
  },
  {
    by: "emp1",
    requester: "emp1",
    subject: "Cannot print to the 3rd floor printer",
    description: "Jobs stay queued forever.",
    type: "incident",
    impact: "department",
    urgency: "medium",
    category: "Printing",
    channel: "portal",
  },
  {
    by: "emp2",
    requester: "emp2",
    subject: "Outlook keeps asking for my password",
    description: "Since this morning, every 5 minutes.",
    type: "incident",
    impact: "person",
    urgency: "high",
    category: "Email",
    channel: "email",
    steps: [
      { by: "agent1", kind: "reply", text: "Could you tell us whether this happens on webmail too?" },
      { by: "agent1", kind: "status", status: "pending", text: "Waiting for the user's answer" },
    ],
  },
  {
    by: "emp3",
    requester: "emp3",
    subject: "New laptop for a joiner on Monday",
    description: "Sales joiner, standard image, docking station.",
    type: "service_request",
    impact: "person",
    urgency: "low",
    category: "Hardware",
    channel: "portal",
  },
  {
    by: "emp1",
    requester: "emp1",
    subject: "Access to the shared Finance drive",
    description: "Approved by my manager Nadia.",
    type: "service_request",
    impact: "person",
    urgency: "medium",
    category: "Accounts & access",
    channel: "chat",
    steps: [
      { by: "agent2", kind: "reply", text: "Access granted; please sign out and in again." },
      { by: "agent2", kind: "status", status: "resolved", text: "Access granted" },
    ],
  },
  {
    by: "agent2",
    requester: "emp2",
    subject: "Wi-Fi drops in meeting room B",
    description: "Logged during an onsite visit.",
    type: "incident",
    impact: "department",
    urgency: "low",
    category: "Network",
    channel: "onsite",
  },
  {
    by: "emp3",
    requester: "emp3",
    subject: "Excel crashes when opening the stock report",
    description: "Only that workbook; others are fine.",
    type: "incident",
    impact: "person",
    urgency: "medium",
    category: "Software",
    channel: "whatsapp",
    steps: [{ by: "agent1", kind: "note", text: "Escalating to L3: the macro uses a retired add-in." }],
  },
  {
    by: "itmgr",
    requester: "itmgr",
    subject: "Consultation: moving file shares to the cloud",
    description: "We would like a call to discuss options and costs.",
    type: "consultation",
    impact: "organization",
    urgency: "low",
    category: "Software",
    channel: "portal",
  },
  {
    by: "agent1",
    requester: "emp1",
    subject: "VPN disconnects every hour",
    description: "Logged from a remote-access session.",
    type: "incident",
    impact: "person",
    urgency: "medium",
    category: "Network",
    channel: "remote",
    steps: [{ by: "agent3", kind: "status", status: "on_hold", text: "Waiting for the ISP's maintenance window" }],
  },
  {
    by: "emp2",
    requester: "emp2",
    subject: "Keyboard missing keys",
    description: "The E and R keys stopped working.",
    type: "incident",
    impact: "person",
    urgency: "low",
    category: "Hardware",
    channel: "portal",
    steps: [
      { by: "agent1", kind: "reply", text: "A replacement is on your desk." },
      { by: "agent1", kind: "status", status: "resolved", text: "Replaced" },
      { by: "agent1", kind: "status", status: "closed", text: "Confirmed by the user" },
    ],
  },
  {
    by: "itmgr",
    requester: "itmgr",
    subject: "Suggestion: a status page for outages",
    description: "It would save the phone lines during incidents.",
    type: "feedback",
    impact: "organization",
    urgency: "low",
    category: "Software",
    channel: "portal",
  },
  {
    by: "emp3",
    requester: "emp3",
    subject: "Email bounces from a supplier's domain",
    description: "Messages from supplier.example come back with 550.",
    type: "incident",
    impact: "department",
    urgency: "high",
    category: "Email",
    channel: "email",
    steps: [{ by: "agent2", kind: "reply", text: "We are checking the spam filter's blocklist." }],
  },
];

/** How the demo desk is reached on each channel (the public SLA page lists the enabled ones). `null` contact: the portal's URL. */
export const DEMO_CHANNELS: Array<{
  channel: Channel;
  enabled: boolean;
  contact: string | null;
  instructions: string;
}> = [
  {
    channel: "phone",
    enabled: true,
    contact: "+92 21 111 000 111 (landline) / +92 300 0000000 (mobile)",
    instructions: "Call during support hours; critical outages are answered around the clock.",
  },
  {
    channel: "email",
    enabled: true,
    contact: "support@frontline.example",
    instructions: "Write from your work address; each email opens or updates a ticket.",
  },
  {
    channel: "chat",
    enabled: true,
    contact: "Chat button on the portal",
    instructions: "Sign in to the portal and press Chat during support hours.",
  },
  {
    channel: "whatsapp",
    enabled: true,
    contact: "+92 300 1234567",
    instructions: "Message us with your name and company; an agent replies during support hours.",
  },
  { channel: "portal", enabled: true, contact: null, instructions: "Raise and follow your requests online, any time." },
  {
    channel: "onsite",
    enabled: true,
    contact: "Book through your IT manager",
    instructions: "Your IT manager books visits for hardware and network work.",
  },
  {
    channel: "remote",
    enabled: true,
    contact: "Agent sends a session link",
    instructions: "An agent sends you a link to share your screen; nothing to install in advance.",
  },
  { channel: "api", enabled: false, contact: "", instructions: "" },
];

/** Reply texts the demo desk keeps for agents to insert (GET /api/v1/canned-responses). */
export const DEMO_CANNED_RESPONSES: Array<{ title: string; body: string }> = [
  {
    title: "Password reset steps",
    body:
      'To reset your password:\n1. Open the sign-in page and choose "Forgot password".\n2. Enter your work email address.\n' +
      "3. Follow the link we email you (it is valid for 30 minutes) and choose a new password of at least 10 characters.\n" +
      "4. Sign in again on your phone and laptop with the new password.\nIf the email does not arrive within 5 minutes, reply here and we will reset it for you.",
  },
  {
    title: "We are looking into it",
    body: "Thank you for reporting this. We are looking into it now and will update this ticket as soon as we know more, at the latest within the response time of your service level.",
  },
  {
    title: "Please send a screenshot",
    body: "Could you send us a screenshot of the error message, or of the screen where it happens? Attach it to this ticket or reply with it; it helps us find the cause much faster.",
  },
  {
    title: "Remote session invite",
    body:
      "We would like to look at this together on your screen. You will receive a remote session link from us in the next few minutes: " +
      "open it, accept the request to share your screen, and stay at your computer while we work. You can end the session at any time.",
  },
  {
    title: "Resolved: please confirm",
    body: "We have resolved this issue. Please check that everything works for you again. If anything is still wrong, simply reply to this ticket within 7 days and it will reopen.",
  },
];
