import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useChatChannels, useChatChannelWrites, type ChatChannel } from "../../api/chats.ts";
import { useGroups } from "../../api/groups.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { AdminProblem, CheckboxField, QueryState, TableScroll, useAnnounce, useFieldError } from "../feedback.tsx";

type Draft = { key: string; name: string; groupId: string; active: boolean; isDefault: boolean };
const draftOf = (c?: ChatChannel): Draft => ({
  key: c?.key ?? "",
  name: c?.name ?? "",
  groupId: c?.groupId ?? "",
  active: c?.active ?? true,
  isDefault: c?.isDefault ?? false,
});

/** Add a channel or change one: its key, name, the group whose queue gets its chats, on or off, the default. */
function ChatChannelForm({ channel, onDone }: { channel?: ChatChannel; onDone(): void }) {
  const { t } = useTranslation(["admin", "common"]);
  const groups = useGroups();
  const writes = useChatChannelWrites();
  const announce = useAnnounce();
  const [f, setF] = useState<Draft>(() => draftOf(channel));
  const set = (patch: Partial<Draft>) => setF((x) => ({ ...x, ...patch }));
  const mutation = channel ? writes.update : writes.create;
  const errorAt = useFieldError(mutation.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      key: f.key.trim(),
      name: f.name.trim(),
      groupId: f.groupId || null,
      active: f.active,
      // A default stops being it only when another becomes it, so the form only ever sets it.
      ...(f.isDefault && !channel?.isDefault ? { isDefault: true } : {}),
    };
    const done = () => {
      announce(t("chatChannels.saved", { name: body.name }));
      if (!channel) setF(draftOf());
      onDone();
    };
    if (channel) writes.update.mutate({ id: channel.id, body }, { onSuccess: done });
    else writes.create.mutate(body, { onSuccess: done });
  };
  return (
    <form
      className="section stack"
      onSubmit={submit}
      noValidate
      aria-label={channel ? t("chatChannels.edit", { name: channel.name }) : t("chatChannels.new")}
    >
      <div className="form-grid">
        <TextField
          label={t("chatChannels.name")}
          value={f.name}
          maxLength={120}
          onChange={(e) => set({ name: e.target.value })}
          error={errorAt("name")}
        />
        <TextField
          label={t("chatChannels.key")}
          hint={t("chatChannels.keyHint")}
          dir="ltr"
          value={f.key}
          maxLength={40}
          onChange={(e) => set({ key: e.target.value })}
          error={errorAt("key")}
        />
        <SelectField
          label={t("chatChannels.group")}
          hint={t("chatChannels.groupHint")}
          value={f.groupId}
          onChange={(e) => set({ groupId: e.target.value })}
          error={errorAt("groupId")}
        >
          <option value="">{t("chatChannels.routing")}</option>
          {(groups.data ?? []).map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          label={t("form.active")}
          hint={t("chatChannels.activeHint")}
          checked={f.active}
          onChange={(active) => set({ active })}
        />
        {channel?.isDefault ? (
          <p className="hint">{t("chatChannels.isDefaultNow")}</p>
        ) : (
          <CheckboxField
            label={t("chatChannels.isDefault")}
            hint={t("chatChannels.isDefaultHint")}
            checked={f.isDefault}
            onChange={(isDefault) => set({ isDefault })}
          />
        )}
      </div>
      <AdminProblem error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t("form.saving") : t("form.save")}
        </button>
        {channel ? (
          <button type="button" onClick={onDone}>
            {t("form.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/**
 * /admin/chat-channels: the web chat's channels. Each embedding of chat.js names one by its key (`data-channel`), and
 * its chats wait in that channel's group queue; a widget without a key (and the portal) uses the default channel.
 */
export function ChatChannelsPage() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useChatChannels();
  const groups = useGroups();
  const [editing, setEditing] = useState<string | null>(null);
  const items = query.data ?? [];
  const groupName = (id: string | null) =>
    id ? (groups.data?.find((g) => g.id === id)?.name ?? "") : t("chatChannels.routing");
  return (
    <div className="page stack">
      <h1>{t("sections.chat-channels.title")}</h1>
      <p>{t("sections.chat-channels.description")}</p>
      <section className="section stack" aria-labelledby="chat-channels">
        <h2 id="chat-channels">{t("chatChannels.list")}</h2>
        <p className="hint">{t("chatChannels.embedHint")}</p>
        <QueryState query={query} />
        <TableScroll label={t("chatChannels.list")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("chatChannels.name")}</th>
                <th scope="col">{t("chatChannels.key")}</th>
                <th scope="col">{t("chatChannels.group")}</th>
                <th scope="col">{t("form.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <td>
                    {c.name}
                    {c.isDefault ? <span className="muted"> ({t("chatChannels.default")})</span> : null}
                    {c.active ? null : <span className="muted"> ({t("form.inactive")})</span>}
                  </td>
                  <td dir="ltr">
                    <code>{c.key}</code>
                  </td>
                  <td>{groupName(c.groupId)}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => setEditing(c.id)}
                      aria-label={t("chatChannels.edit", { name: c.name })}
                    >
                      {t("form.edit")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        {editing ? (
          <ChatChannelForm
            key={editing}
            channel={items.find((c) => c.id === editing)}
            onDone={() => setEditing(null)}
          />
        ) : null}
        <h3>{t("chatChannels.new")}</h3>
        <ChatChannelForm key="new" onDone={() => undefined} />
      </section>
    </div>
  );
}
