import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { keys, useSave } from "../data.ts";
import { createOrganization, updateOrganization, useOrganizations } from "../../api/reference.ts";
import { AdminProblem, QueryState, TableScroll, useFieldError } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { Organization } from "../types.ts";
import { ORGANIZATION_KINDS, type OrganizationKind } from "../vocab.ts";
import { PackScheduleSelect } from "./PackScheduleSelect.tsx";

function OrganizationForm({ organization }: { organization: Organization | null }) {
  const { t } = useTranslation(["admin", "common"]);
  const navigate = useNavigate();
  const [name, setName] = useState(organization?.name ?? "");
  const [kind, setKind] = useState<OrganizationKind>(organization?.kind ?? "client");
  const [domain, setDomain] = useState(organization?.domain ?? "");
  const save = useSave(
    () => {
      const body = { name, domain: domain.trim() || null };
      return organization ? updateOrganization(organization.id, body) : createOrganization({ ...body, kind });
    },
    {
      invalidate: [keys.organizations],
      message: organization ? t("organizations.saved") : t("organizations.created"),
      onSuccess: () => navigate(adminPath("organizations")),
    },
  );
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form className="section stack" onSubmit={submit} noValidate aria-labelledby="org-form">
      <h2 id="org-form">
        {organization ? t("organizations.editTitle", { name: organization.name }) : t("organizations.newTitle")}
      </h2>
      <div className="form-grid">
        <TextField
          label={t("organizations.name")}
          value={name}
          required
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          error={errorAt("name")}
        />
        {organization ? null : (
          <SelectField
            label={t("organizations.kind")}
            hint={t("organizations.kindHint")}
            value={kind}
            onChange={(e) => setKind(e.target.value as OrganizationKind)}
            error={errorAt("kind")}
          >
            {ORGANIZATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`organizations.kindName.${k}`)}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          label={t("organizations.domain")}
          hint={t("organizations.domainHint")}
          value={domain}
          placeholder="example.com"
          onChange={(e) => setDomain(e.target.value)}
          error={errorAt("domain")}
        />
      </div>
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : organization ? t("form.save") : t("organizations.create")}
        </button>
        <Link to={adminPath("organizations")}>{t("form.cancel")}</Link>
      </div>
    </form>
  );
}

/** /admin/organizations (+ /new, /:id): the provider and its clients; the editor opens above the list. */
export function OrganizationsPage() {
  const { t } = useTranslation(["admin", "common"]);
  const { id } = useParams();
  const query = useOrganizations();
  const editing = id && id !== "new" ? query.data?.find((o) => o.id === id) : undefined;
  return (
    <div className="page stack">
      <div className="page-head">
        <h1>{t("sections.organizations.title")}</h1>
        {id ? null : <Link to={adminPath("organizations", "new")}>{t("organizations.new")}</Link>}
      </div>
      {id === "new" ? <OrganizationForm organization={null} /> : null}
      {editing ? <OrganizationForm key={editing.id} organization={editing} /> : null}
      <QueryState query={query} />
      {query.data ? (
        <TableScroll label={t("sections.organizations.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("organizations.name")}</th>
                <th scope="col">{t("organizations.kind")}</th>
                <th scope="col">{t("organizations.domain")}</th>
                <th scope="col">{t("organizations.packSchedule")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("form.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{t(`organizations.kindName.${o.kind}`)}</td>
                  <td>{o.domain ?? "—"}</td>
                  <td>{o.kind === "client" ? <PackScheduleSelect organization={o} /> : "—"}</td>
                  <td>
                    <Link to={adminPath("organizations", o.id)}>
                      {t("form.edit")}
                      <span className="visually-hidden"> {o.name}</span>
                    </Link>
                    {" · "}
                    <Link to={`${adminPath("people")}?organizationId=${o.id}`}>
                      {t("organizations.people")}
                      <span className="visually-hidden"> ({o.name})</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}
