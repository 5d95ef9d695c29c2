import type { Deps } from "../../context.ts";
import { countRemoteToolsUnscoped, insertDefaultRemoteTools } from "./remote.store.ts";

/** The tools a new workspace starts with; admins rename, retemplate or switch them off (never re-added). */
export const DEFAULT_REMOTE_TOOLS = [
  {
    name: "RDP",
    launchTemplate: "",
    agentInstructions: "Connect with Remote Desktop Connection (mstsc) to the computer name the requester gives.",
    requesterInstructions: "",
  },
  {
    name: "SSH",
    launchTemplate: "ssh://{id}",
    agentInstructions: "Connect with your SSH client to the host given as the session id.",
    requesterInstructions: "",
  },
  {
    name: "AnyDesk",
    launchTemplate: "anydesk:{id}",
    agentInstructions: "Open AnyDesk and connect to the requester's AnyDesk address.",
    requesterInstructions:
      "Open AnyDesk, read out your AnyDesk address to the agent and accept the connection when asked.",
  },
  {
    name: "RustDesk",
    launchTemplate: "rustdesk://{id}",
    agentInstructions: "Open RustDesk and connect to the requester's ID.",
    requesterInstructions: "Open RustDesk, read out your ID to the agent and accept the connection when asked.",
  },
  {
    name: "TeamViewer",
    launchTemplate: "teamviewer10://control?device={id}",
    agentInstructions: "Open TeamViewer and connect to the requester's ID.",
    requesterInstructions: "Open TeamViewer QuickSupport and read out your ID and password to the agent.",
  },
  {
    name: "Quick Assist",
    launchTemplate: "",
    agentInstructions: 'Open Quick Assist, choose "Help someone" and read the security code to the requester.',
    requesterInstructions: 'Open Quick Assist, choose "Get help" and type the code the agent reads to you.',
  },
  {
    name: "Web-based",
    launchTemplate: "",
    agentInstructions: "Send the requester the session link from your web-based tool.",
    requesterInstructions: "Open the link the agent sends you and allow the session.",
  },
] as const;

/**
 * Seeds the default remote-access tools into a workspace that has none (at start, like the SLA defaults); a
 * workspace with any tool is left as its admins keep it. Safe when several processes start together.
 */
export async function ensureRemoteTools(deps: Pick<Deps, "db">): Promise<void> {
  if ((await countRemoteToolsUnscoped(deps.db)) > 0) return;
  await insertDefaultRemoteTools(
    deps.db,
    DEFAULT_REMOTE_TOOLS.map((t, i) => ({ ...t, position: i + 1 })),
  );
}
