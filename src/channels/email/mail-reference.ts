import type { Deps } from "../../context.ts";
import { activeMailboxesUnscoped, messageIdKey, type MailboxRow } from "./mail.store.ts";

// Read for every message (which mailbox, is a Cc one of ours, how to check our Message-IDs) and changed only by
// admins: served from the per-process reference cache. A mailbox change through the API drops it in every process at
// once (the onSend hook's referenceChanged NOTIFY); the signing key, once made, never changes.
type Cached = Pick<Deps, "cache" | "db">;

/** Every active mailbox, oldest first (cached). */
export const activeMailboxes = (deps: Cached): Promise<MailboxRow[]> =>
  deps.cache.get("mail:mailboxes", () => activeMailboxesUnscoped(deps.db));

/** The key our Message-IDs are signed with (cached; made on first use). */
export const cachedMessageIdKey = (deps: Cached): Promise<string> =>
  deps.cache.get("mail:message-id-key", () => messageIdKey(deps.db));
