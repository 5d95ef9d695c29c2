import { useState } from "react";
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
import { MailboxForm } from "./MailboxForm.tsx";
import { AdminProblem, ConfirmDialog, QueryState, TableScroll, useAnnounce, useFieldError } from "../feedback.tsx";

function Mailboxes() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useMailboxes();
  const groups = useGroups();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Mailbox | null>(null);
  const writes = useMailWrites();
  const announce = useAnnounce();
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
                  </button>{" "}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      writes.deleteMailbox.reset();
                      setDeleting(box);
                    }}
                    aria-label={t("mail.deleteMailbox", { address: box.address })}
                  >
                    {t("mail.delete")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ConfirmDialog
        open={deleting !== null}
        title={t("mail.deleteMailbox", { address: deleting?.address ?? "" })}
        confirmLabel={t("mail.delete")}
        busy={writes.deleteMailbox.isPending}
        error={writes.deleteMailbox.error}
        onConfirm={() =>
          deleting &&
          writes.deleteMailbox.mutateAsync(deleting.id).then(
            () => {
              announce(t("mail.mailboxDeleted", { address: deleting.address }));
              if (editing === deleting.id) setEditing(null);
              setDeleting(null);
            },
            () => undefined,
          )
        }
        onClose={() => setDeleting(null)}
      >
        <p>{t("mail.deleteMailboxConfirm")}</p>
      </ConfirmDialog>
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
