import type { Channel, Role } from "../shared/enums.ts";

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
