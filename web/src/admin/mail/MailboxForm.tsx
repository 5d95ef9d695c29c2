import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useGroups } from "../../api/groups.ts";
import { useMailWrites, type Mailbox } from "../../api/mail.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { AdminProblem, useAnnounce, useFieldError } from "../feedback.tsx";

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
export function MailboxForm({ box, onDone }: { box?: Mailbox; onDone(): void }) {
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
