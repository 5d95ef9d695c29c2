import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useGroups } from "../../api/groups.ts";
import {
  quarantineOriginalUrl,
  useBouncing,
  useMailboxes,
  useMailWrites,
  useOutbox,
  useQuarantine,
  type Mailbox,
  type QuarantinedMail,
} from "../../api/mail.ts";
import { usePeopleSearch } from "../../api/people.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { AdminProblem, QueryState, TableScroll, useAnnounce, useFieldError } from "../feedback.tsx";

const PRIORITIES = ["critical", "high", "medium", "low"] as const;
const KINDS = ["smtp", "imap", "pipe"] as const;
const AFTER_IMPORT = ["flag", "move", "delete"] as const;
type Draft = {
  address: string;
  inboundKind: (typeof KINDS)[number];
  senderName: string;
  defaultGroupId: string;
  defaultPriority: string;
  imapHost: string;
  imapPort: string;
  imapTls: boolean;
  imapUser: string;
  /** Typed only to set or change it: the API never gives the stored one back. */
  imapSecret: string;
  imapFolder: string;
  afterImport: (typeof AFTER_IMPORT)[number];
  moveTo: string;
};
// The list gives IMAP settings as an open record (the secret masked); read the fields the form edits.
const imapOf = (box?: Mailbox) => (box?.imap ?? {}) as Record<string, unknown>;
const draftOf = (box?: Mailbox): Draft => {
  const imap = imapOf(box);
  const text = (key: string, fallback = "") => (typeof imap[key] === "string" ? (imap[key] as string) : fallback);
  return {
    address: box?.address ?? "",
    inboundKind: box?.inboundKind ?? "smtp",
    senderName: box?.senderName ?? "",
    defaultGroupId: box?.defaultGroupId ?? "",
    defaultPriority: box?.defaultPriority ?? "",
    imapHost: text("host"),
    imapPort: typeof imap.port === "number" ? String(imap.port) : "993",
    imapTls: imap.tls !== false,
    imapUser: text("user"),
    imapSecret: "",
    imapFolder: text("folder", "INBOX"),
    afterImport: (AFTER_IMPORT as readonly string[]).includes(text("afterImport"))
      ? (text("afterImport") as Draft["afterImport"])
      : "flag",
    moveTo: text("moveTo"),
  };
};

/** The IMAP settings a draft sends: the secret only when typed (left out, the stored one is kept). */
function imapBody(f: Draft) {
  return {
    host: f.imapHost.trim(),
    port: Number(f.imapPort),
    tls: f.imapTls,
    user: f.imapUser,
    ...(f.imapSecret ? { secret: f.imapSecret } : {}),
    folder: f.imapFolder,
    afterImport: f.afterImport,
    ...(f.afterImport === "move" ? { moveTo: f.moveTo } : {}),
  };
}

/** Add a mailbox, or edit one: address, how mail arrives, sender name, the group and priority its tickets open with. */
function MailboxForm({ box, onDone }: { box?: Mailbox; onDone(): void }) {
  const { t } = useTranslation(["admin", "common"]);
  const groups = useGroups();
  const writes = useMailWrites();
  const announce = useAnnounce();
  const [f, setF] = useState<Draft>(() => draftOf(box));
  const set = (patch: Partial<Draft>) => setF((x) => ({ ...x, ...patch }));
  const mutation = box ? writes.updateMailbox : writes.createMailbox;
  const errorAt = useFieldError(mutation.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      address: f.address.trim(),
      inboundKind: f.inboundKind,
      senderName: f.senderName,
      defaultGroupId: f.defaultGroupId || null,
      defaultPriority: (f.defaultPriority || null) as (typeof PRIORITIES)[number] | null,
    };
    const done = () => {
      announce(t("mail.mailboxSaved", { address: body.address }));
      onDone();
    };
    const imap = f.inboundKind === "imap" ? imapBody(f) : undefined;
    if (box)
      writes.updateMailbox.mutate({ id: box.id, body: { ...body, ...(imap ? { imap } : {}) } }, { onSuccess: done });
    // A new mailbox's secret is required: an empty one is sent so the API names the field.
    else
      writes.createMailbox.mutate({ ...body, ...(imap ? { imap: { secret: "", ...imap } } : {}) }, { onSuccess: done });
  };
  return (
    <form
      className="section stack"
      onSubmit={submit}
      noValidate
      aria-label={box ? t("mail.editMailbox", { address: box.address }) : t("mail.newMailbox")}
    >
      <div className="form-grid">
        <TextField
          label={t("mail.address")}
          type="email"
          value={f.address}
          maxLength={254}
          onChange={(e) => set({ address: e.target.value })}
          error={errorAt("address")}
        />
        <SelectField
          label={t("mail.inboundKind")}
          value={f.inboundKind}
          onChange={(e) => set({ inboundKind: e.target.value as Draft["inboundKind"] })}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`mail.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("mail.senderName")}
          hint={t("mail.senderNameHint")}
          value={f.senderName}
          maxLength={200}
          onChange={(e) => set({ senderName: e.target.value })}
          error={errorAt("senderName")}
        />
        <SelectField
          label={t("mail.defaultGroup")}
          hint={t("mail.defaultGroupHint")}
          value={f.defaultGroupId}
          onChange={(e) => set({ defaultGroupId: e.target.value })}
          error={errorAt("defaultGroupId")}
        >
          <option value="">{t("form.none")}</option>
          {(groups.data ?? []).map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("mail.defaultPriority")}
          hint={t("mail.defaultPriorityHint")}
          value={f.defaultPriority}
          onChange={(e) => set({ defaultPriority: e.target.value })}
        >
          <option value="">{t("mail.byMatrix")}</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`common:priority.${p}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {f.inboundKind === "imap" ? (
        <fieldset className="stack">
          <legend>{t("mail.imapSettings")}</legend>
          <div className="form-grid">
            <TextField
              label={t("mail.imapHost")}
              value={f.imapHost}
              maxLength={253}
              onChange={(e) => set({ imapHost: e.target.value })}
              error={errorAt("imap.host")}
            />
            <TextField
              label={t("mail.imapPort")}
              type="number"
              min={1}
              max={65535}
              value={f.imapPort}
              onChange={(e) => set({ imapPort: e.target.value })}
              error={errorAt("imap.port")}
            />
            <label className="choice">
              <input type="checkbox" checked={f.imapTls} onChange={(e) => set({ imapTls: e.target.checked })} />
              <span>{t("mail.imapTls")}</span>
            </label>
            <TextField
              label={t("mail.imapUser")}
              value={f.imapUser}
              maxLength={320}
              autoComplete="off"
              onChange={(e) => set({ imapUser: e.target.value })}
              error={errorAt("imap.user")}
            />
            <TextField
              label={t("mail.imapSecret")}
              type="password"
              autoComplete="new-password"
              hint={box?.imap ? t("mail.imapSecretSet") : undefined}
              value={f.imapSecret}
              maxLength={1000}
              onChange={(e) => set({ imapSecret: e.target.value })}
              error={errorAt("imap.secret")}
            />
            <TextField
              label={t("mail.imapFolder")}
              value={f.imapFolder}
              maxLength={200}
              onChange={(e) => set({ imapFolder: e.target.value })}
              error={errorAt("imap.folder")}
            />
            <SelectField
              label={t("mail.afterImport")}
              value={f.afterImport}
              onChange={(e) => set({ afterImport: e.target.value as Draft["afterImport"] })}
            >
              {AFTER_IMPORT.map((a) => (
                <option key={a} value={a}>
                  {t(`mail.afterImportOption.${a}`)}
                </option>
              ))}
            </SelectField>
            {f.afterImport === "move" ? (
              <TextField
                label={t("mail.moveTo")}
                value={f.moveTo}
                maxLength={200}
                onChange={(e) => set({ moveTo: e.target.value })}
                error={errorAt("imap.moveTo")}
              />
            ) : null}
          </div>
        </fieldset>
      ) : null}
      <AdminProblem error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t("form.saving") : t("form.save")}
        </button>
        {box ? (
          <button type="button" onClick={onDone}>
            {t("form.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function Mailboxes() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useMailboxes();
  const groups = useGroups();
  const [editing, setEditing] = useState<string | null>(null);
  const groupName = (id: string | null) =>
    id ? (groups.data?.find((g) => g.id === id)?.name ?? "") : t("mail.serviceDesk");
  return (
    <section className="section stack" aria-labelledby="mail-mailboxes">
      <h2 id="mail-mailboxes">{t("mail.mailboxes")}</h2>
      <QueryState query={query} />
      <TableScroll label={t("mail.mailboxes")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("mail.address")}</th>
              <th scope="col">{t("mail.inboundKind")}</th>
              <th scope="col">{t("mail.defaultGroup")}</th>
              <th scope="col">{t("mail.defaultPriority")}</th>
              <th scope="col">{t("form.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {(query.data ?? []).map((box) => (
              <tr key={box.id}>
                <td dir="ltr">{box.address}</td>
                <td>{t(`mail.kind.${box.inboundKind}`)}</td>
                <td>{groupName(box.defaultGroupId)}</td>
                <td>{box.defaultPriority ? t(`common:priority.${box.defaultPriority}`) : t("mail.byMatrix")}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => setEditing(box.id)}
                    aria-label={t("mail.editMailbox", { address: box.address })}
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
        <MailboxForm key={editing} box={query.data?.find((b) => b.id === editing)} onDone={() => setEditing(null)} />
      ) : null}
      <h3>{t("mail.newMailbox")}</h3>
      <MailboxForm key="new" onDone={() => undefined} />
    </section>
  );
}

/** Release one quarantined mail into a ticket for a requester found by name or address, or discard it. */
function QuarantineRow({ item }: { item: QuarantinedMail }) {
  const { t } = useTranslation(["admin", "common"]);
  const writes = useMailWrites();
  const announce = useAnnounce();
  const [search, setSearch] = useState(item.fromAddress ?? "");
  const [requesterId, setRequesterId] = useState("");
  const people = usePeopleSearch({ q: search, active: "true" }, { enabled: search.trim().length >= 2 });
  const label = item.subject || t("mail.noSubject");
  return (
    <li className="stack">
      <div className="spread">
        <strong>{label}</strong>
        <span dir="ltr">{item.fromAddress ?? t("mail.noSender")}</span>
      </div>
      <p>
        {t("mail.reason")}: {item.reason}
      </p>
      <p>
        <a href={quarantineOriginalUrl(item.id)} target="_blank" rel="noreferrer">
          {t("mail.viewOriginal")}
        </a>
      </p>
      <div className="form-grid">
        <TextField label={t("mail.findRequester")} value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField
          label={t("mail.requester", { subject: label })}
          value={requesterId}
          onChange={(e) => setRequesterId(e.target.value)}
        >
          <option value="">{t("mail.chooseRequester")}</option>
          {(people.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.email})
            </option>
          ))}
        </SelectField>
      </div>
      <AdminProblem error={writes.release.error ?? writes.discard.error} />
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={!requesterId || writes.release.isPending}
          // The promise, not mutate's callbacks: the row leaves the list (and unmounts) as soon as the release lands.
          onClick={() =>
            writes.release.mutateAsync({ id: item.id, requesterId }).then(
              (r) => announce(t("mail.released", { number: r.number })),
              () => undefined,
            )
          }
        >
          {t("mail.release")}
        </button>
        <button
          type="button"
          disabled={writes.discard.isPending}
          onClick={() =>
            writes.discard.mutateAsync(item.id).then(
              () => announce(t("mail.discarded")),
              () => undefined,
            )
          }
        >
          {t("mail.discard")}
        </button>
      </div>
    </li>
  );
}

function Quarantine() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useQuarantine();
  return (
    <section className="section stack" aria-labelledby="mail-quarantine">
      <h2 id="mail-quarantine">{t("mail.quarantine")}</h2>
      <p className="hint">{t("mail.quarantineHint")}</p>
      <QueryState query={query} />
      {query.data && query.data.length === 0 ? <p>{t("mail.quarantineEmpty")}</p> : null}
      <ul className="stack">
        {(query.data ?? []).map((item) => (
          <QuarantineRow key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

/** Addresses our mail bounced from; an admin clears one (audited) so acknowledgements and replies go to it again. */
function Bouncing() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useBouncing();
  const writes = useMailWrites();
  const announce = useAnnounce();
  return (
    <section className="section stack" aria-labelledby="mail-bouncing">
      <h2 id="mail-bouncing">{t("mail.bouncing")}</h2>
      <p className="hint">{t("mail.bouncingHint")}</p>
      <QueryState query={query} />
      {query.data && query.data.length === 0 ? <p>{t("form.empty")}</p> : null}
      <AdminProblem error={writes.clearBouncing.error} />
      <ul className="stack">
        {(query.data ?? []).map((b) => (
          <li key={b.address} className="spread">
            <span>
              <span dir="ltr">{b.address}</span> — {b.reason}
              {b.number ? ` (#${b.number})` : ""} · {new Date(b.lastBounceAt).toLocaleString()}
            </span>
            <button
              type="button"
              disabled={writes.clearBouncing.isPending}
              aria-label={t("mail.clearBouncingLabel", { address: b.address })}
              onClick={() =>
                writes.clearBouncing.mutateAsync(b.address).then(
                  () => announce(t("mail.bouncingCleared", { address: b.address })),
                  () => undefined,
                )
              }
            >
              {t("mail.clearBouncing")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Outbox() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useOutbox();
  return (
    <section className="section stack" aria-labelledby="mail-outbox">
      <h2 id="mail-outbox">{t("mail.outbox")}</h2>
      <p className="hint">{t("mail.outboxHint")}</p>
      <QueryState query={query} />
      <TableScroll label={t("mail.outbox")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("mail.ticket")}</th>
              <th scope="col">{t("mail.to")}</th>
              <th scope="col">{t("mail.subject")}</th>
              <th scope="col">{t("mail.status")}</th>
            </tr>
          </thead>
          <tbody>
            {(query.data ?? []).map((m) => (
              <tr key={m.id}>
                <td>#{m.number}</td>
                <td dir="ltr">{m.toAddresses.join(", ")}</td>
                <td>{m.subject}</td>
                <td>
                  <span
                    className={`badge ${m.status === "sent" ? "met" : m.status === "failed" ? "breached" : "stopped"}`}
                  >
                    {t(`mail.state.${m.status}`)}
                  </span>
                  {m.lastError ? <div className="hint">{m.lastError}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** /admin/mail: the email channel — mailboxes, the quarantine, bouncing addresses and the outbox. */
export function MailPage() {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <div className="page stack">
      <h1>{t("sections.mail.title")}</h1>
      <p>{t("sections.mail.description")}</p>
      <Mailboxes />
      <Quarantine />
      <Bouncing />
      <Outbox />
    </div>
  );
}
