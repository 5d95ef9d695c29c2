import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useGroups } from "../../api/groups.ts";
import {
  useWhatsappNumbers,
  useWhatsappTemplates,
  useWhatsappWrites,
  type WhatsappNumber,
  type WhatsappTemplate,
} from "../../api/whatsapp.ts";
import { ConfirmDialog, QueryState, TableScroll, useAnnounce } from "../feedback.tsx";
import { WhatsappNumberForm } from "./WhatsappNumberForm.tsx";
import { WhatsappTemplateForm } from "./WhatsappTemplateForm.tsx";

/** The numbers the desk answers on: where their tickets go and whether each secret is set (never the secret). */
function Numbers() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useWhatsappNumbers();
  const groups = useGroups();
  const writes = useWhatsappWrites();
  const announce = useAnnounce();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<WhatsappNumber | null>(null);
  const groupName = (id: string | null) => (id ? (groups.data?.find((g) => g.id === id)?.name ?? "") : "—");
  const items = query.data?.items ?? [];
  const fromEnvironment = query.data?.environmentPhoneNumberId ?? null;
  return (
    <section className="section stack" aria-labelledby="whatsapp-numbers">
      <h2 id="whatsapp-numbers">{t("whatsapp.numbers")}</h2>
      <p className="hint">{t("whatsapp.numbersHint")}</p>
      {fromEnvironment ? (
        <p className="notice">
          {t("whatsapp.fromEnvironment")} <bdi dir="ltr">{fromEnvironment}</bdi>
        </p>
      ) : null}
      <QueryState query={query} />
      {query.data && items.length === 0 ? <p>{t("form.empty")}</p> : null}
      <TableScroll label={t("whatsapp.numbers")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("whatsapp.number")}</th>
              <th scope="col">{t("whatsapp.displayName")}</th>
              <th scope="col">{t("whatsapp.defaultGroup")}</th>
              <th scope="col">{t("whatsapp.secrets")}</th>
              <th scope="col">{t("form.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((n) => (
              <tr key={n.id}>
                <td>
                  <bdi dir="ltr">{n.number}</bdi>
                  <div className="hint" dir="ltr">
                    {n.phoneNumberId}
                  </div>
                </td>
                <td>
                  {n.displayName}
                  {n.active ? null : <span className="muted"> ({t("form.inactive")})</span>}
                </td>
                <td>{groupName(n.defaultGroupId)}</td>
                <td>
                  {n.accessTokenSet && n.appSecretSet && n.verifyTokenSet
                    ? t("whatsapp.secretsSet")
                    : t("whatsapp.secretsMissing")}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => setEditing(n.id)}
                    aria-label={t("whatsapp.editNumber", { number: n.number })}
                  >
                    {t("form.edit")}
                  </button>{" "}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      writes.deleteNumber.reset();
                      setDeleting(n);
                    }}
                    aria-label={t("whatsapp.deleteNumber", { number: n.number })}
                  >
                    {t("form.remove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ConfirmDialog
        open={deleting !== null}
        title={t("whatsapp.deleteNumber", { number: deleting?.number ?? "" })}
        confirmLabel={t("form.remove")}
        busy={writes.deleteNumber.isPending}
        error={writes.deleteNumber.error}
        onConfirm={() =>
          deleting &&
          writes.deleteNumber.mutateAsync(deleting.id).then(
            () => {
              announce(t("whatsapp.numberDeleted", { number: deleting.number }));
              if (editing === deleting.id) setEditing(null);
              setDeleting(null);
            },
            () => undefined,
          )
        }
        onClose={() => setDeleting(null)}
      >
        <p>{t("whatsapp.deleteNumberConfirm")}</p>
      </ConfirmDialog>
      {editing ? (
        <WhatsappNumberForm
          key={editing}
          number={items.find((n) => n.id === editing)}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <h3>{t("whatsapp.newNumber")}</h3>
      <WhatsappNumberForm key="new" onDone={() => undefined} />
    </section>
  );
}

/** The templates Meta approved, the only messages agents may send once a customer's 24-hour window has closed. */
function Templates() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useWhatsappTemplates();
  const writes = useWhatsappWrites();
  const announce = useAnnounce();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<WhatsappTemplate | null>(null);
  const items = query.data ?? [];
  return (
    <section className="section stack" aria-labelledby="whatsapp-templates">
      <h2 id="whatsapp-templates">{t("whatsapp.templates")}</h2>
      <p className="hint">{t("whatsapp.templatesHint")}</p>
      <QueryState query={query} />
      {query.data && items.length === 0 ? <p>{t("form.empty")}</p> : null}
      <TableScroll label={t("whatsapp.templates")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("whatsapp.templateName")}</th>
              <th scope="col">{t("whatsapp.language")}</th>
              <th scope="col">{t("whatsapp.parameters")}</th>
              <th scope="col">{t("form.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((tpl) => (
              <tr key={tpl.id}>
                <td dir="ltr">
                  {tpl.name}
                  {tpl.active ? null : <span className="muted"> ({t("form.inactive")})</span>}
                </td>
                <td dir="ltr">{tpl.language}</td>
                <td>{tpl.parameters.map((p, i) => `{{${i + 1}}} ${p}`).join(" · ") || "—"}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => setEditing(tpl.id)}
                    aria-label={t("whatsapp.editTemplate", { name: tpl.name })}
                  >
                    {t("form.edit")}
                  </button>{" "}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      writes.deleteTemplate.reset();
                      setDeleting(tpl);
                    }}
                    aria-label={t("whatsapp.deleteTemplate", { name: tpl.name })}
                  >
                    {t("form.remove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ConfirmDialog
        open={deleting !== null}
        title={t("whatsapp.deleteTemplate", { name: deleting?.name ?? "" })}
        confirmLabel={t("form.remove")}
        busy={writes.deleteTemplate.isPending}
        error={writes.deleteTemplate.error}
        onConfirm={() =>
          deleting &&
          writes.deleteTemplate.mutateAsync(deleting.id).then(
            () => {
              announce(t("whatsapp.templateDeleted", { name: deleting.name }));
              if (editing === deleting.id) setEditing(null);
              setDeleting(null);
            },
            () => undefined,
          )
        }
        onClose={() => setDeleting(null)}
      >
        <p>{t("whatsapp.deleteTemplateConfirm")}</p>
      </ConfirmDialog>
      {editing ? (
        <WhatsappTemplateForm
          key={editing}
          template={items.find((x) => x.id === editing)}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <h3>{t("whatsapp.newTemplate")}</h3>
      <WhatsappTemplateForm key="new" onDone={() => undefined} />
    </section>
  );
}

/** /admin/whatsapp: the WhatsApp channel — the numbers the desk answers on and the approved templates. */
export function WhatsappPage() {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <div className="page stack">
      <h1>{t("sections.whatsapp.title")}</h1>
      <p>{t("sections.whatsapp.description")}</p>
      <Numbers />
      <Templates />
    </div>
  );
}
