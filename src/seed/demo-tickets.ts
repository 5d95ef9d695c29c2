import type { Channel, Impact, Status, TicketType, Urgency } from "../shared/enums.ts";

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

/** The demo's tickets, in the order they are opened (#10001 onwards), each with its conversation. */
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
  {
    by: "emp1",
    requester: "emp1",
    subject: "Forgot my Outlook password after the holidays",
    description:
      "I was away for two weeks and now Outlook says my password has expired. I cannot remember the new one I set before leaving.",
    type: "service_request",
    impact: "person",
    urgency: "medium",
    category: "Accounts & access",
    channel: "portal",
    steps: [
      {
        by: "agent2",
        kind: "reply",
        text: "We have sent a reset link to your phone. Choose a new password of at least twelve characters, then sign in to Outlook again.",
      },
      { by: "emp1", kind: "reply", text: "Done, Outlook works again with the new password. Thank you!" },
      { by: "agent2", kind: "status", status: "resolved", text: "Password reset by the requester" },
    ],
  },
];
