import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { allMailboxesUnscoped } from "./mail.store.ts";
import { authorizeMail } from "./mail.policy.ts";

/** Every mailbox with how its mail arrives and what its tickets start with (admins; IMAP secrets never leave). */
export async function listMailboxes(deps: Deps, actor: Actor) {
  authorizeMail(actor, "mail.admin");
  return (await allMailboxesUnscoped(deps.db)).map(({ imap, ...box }) => ({
    ...box,
    imap: imap ? { ...imap, secret: "********" } : null,
  }));
}
