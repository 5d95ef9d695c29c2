import type { Deps } from "../../context.ts";
import type { Actor } from "../../identity/actor.ts";
import { recordAudit } from "../../identity/audit.store.ts";
import { diffFields } from "../../identity/audit.ts";
import { isUniqueViolation } from "../../identity/directory.store.ts";
import type { Db } from "../../platform/db/database.ts";
import { chatError } from "./chat.errors.ts";
import { authorizeChat } from "./chat.policy.ts";
import {
  clearOtherDefaults,
  groupExistsUnscoped,
  insertChatChannel,
  lockChatChannelUnscoped,
  updateChatChannelRow,
  type ChatChannelRow,
  type ChatChannelWrite,
} from "./chat-channel.store.ts";

const FIELDS = ["key", "name", "groupId", "active", "isDefault"] as const;

export type NewChatChannel = {
  key: string;
  name: string;
  groupId: string | null;
  active?: boolean;
  isDefault?: boolean;
};

async function checkGroup(tx: Db, groupId: string | null | undefined): Promise<void> {
  if (groupId && !(await groupExistsUnscoped(tx, groupId)))
    throw chatError("CHAT_CHANNEL_GROUP_NOT_FOUND", "body.groupId");
}

function refuseInactiveDefault(row: Pick<ChatChannelRow, "active" | "isDefault">): void {
  if (row.isDefault && !row.active) throw chatError("CHAT_CHANNEL_DEFAULT_NEEDED", "body.active");
}

/** Runs a channel write, turning a second channel with the same key into CHAT_CHANNEL_TAKEN. */
async function keyed<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw chatError("CHAT_CHANNEL_TAKEN", "body.key");
    throw error;
  }
}

/**
 * An admin adds a chat channel: a key for one embedding (`data-channel`), its name, the group whose queue gets its
 * chats; made the default, it takes that over from the previous one. Audited.
 */
export async function createChatChannel(deps: Deps, actor: Actor, input: NewChatChannel): Promise<ChatChannelRow> {
  authorizeChat(actor, "chat.channels");
  const values = { ...input, active: input.active ?? true, isDefault: input.isDefault ?? false };
  refuseInactiveDefault(values);
  return keyed(() =>
    deps.db.transaction(async (tx) => {
      await checkGroup(tx, input.groupId);
      const row = await insertChatChannel(tx, { ...values, isDefault: false });
      const saved = values.isDefault ? await makeDefault(tx, row.id) : row;
      const entry = {
        action: "chat_channel.created",
        entity: "chat_channel" as const,
        entityId: row.id,
        changes: diffFields(null, saved, FIELDS),
      };
      await recordAudit(tx, actor, entry, deps.clock.now());
      return saved;
    }),
  );
}

async function makeDefault(tx: Db, id: string): Promise<ChatChannelRow> {
  await clearOtherDefaults(tx, id);
  return updateChatChannelRow(tx, id, { isDefault: true });
}

/**
 * An admin renames a channel, changes its key or queue, switches it off or on, or makes it the default (only by
 * choosing another default does a channel stop being it, so there is always one). Chats already started keep
 * their queue. Audited.
 */
export async function updateChatChannel(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: ChatChannelWrite,
): Promise<ChatChannelRow> {
  authorizeChat(actor, "chat.channels");
  return keyed(() =>
    deps.db.transaction(async (tx) => {
      const before = await lockChatChannelUnscoped(tx, id);
      if (!before) throw chatError("CHAT_CHANNEL_NOT_FOUND", "params.id");
      if (patch.isDefault === false && before.isDefault)
        throw chatError("CHAT_CHANNEL_DEFAULT_NEEDED", "body.isDefault");
      refuseInactiveDefault({ ...before, ...patch });
      await checkGroup(tx, patch.groupId);
      const { isDefault, ...rest } = patch;
      let after = Object.keys(rest).length > 0 ? await updateChatChannelRow(tx, id, rest) : before;
      if (isDefault && !before.isDefault) after = await makeDefault(tx, id);
      const entry = {
        action: "chat_channel.updated",
        entity: "chat_channel" as const,
        entityId: id,
        changes: diffFields(before, after, FIELDS),
      };
      await recordAudit(tx, actor, entry, deps.clock.now());
      return after;
    }),
  );
}
