import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { deleteCannedResponse, useCannedResponses } from "../../api/canned-responses.ts";
import { formatDateTime } from "../../app/i18n.ts";
import { keys, useSave } from "../data.ts";
import { usePeopleNames } from "../../api/people.ts";
import { ConfirmDialog, QueryState } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { CannedResponse } from "../types.ts";
import { CannedResponseForm } from "./CannedResponseForm.tsx";

/** /admin/canned-responses (+ /new, /:id): search, add, edit and delete ready-made replies. */
export function CannedResponsesPage() {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const { id } = useParams();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const query = useCannedResponses(q, { keepPrevious: true });
  const all = useCannedResponses("", { enabled: Boolean(id && id !== "new") });
  const editing = id && id !== "new" ? all.data?.find((r) => r.id === id) : undefined;
  const names = usePeopleNames((query.data ?? []).map((r) => r.createdBy));
  const [deleting, setDeleting] = useState<CannedResponse | null>(null);
  const remove = useSave((r: CannedResponse) => deleteCannedResponse(r.id), {
    invalidate: [keys.canned],
    message: t("canned.deleted"),
    onSuccess: () => setDeleting(null),
  });
  return (
    <div className="page stack">
      <div className="page-head">
        <h1>{t("sections.canned-responses.title")}</h1>
        {id ? null : <Link to={adminPath("canned-responses", "new")}>{t("canned.new")}</Link>}
      </div>
      <p className="muted">{t("canned.intro")}</p>
      {id === "new" ? <CannedResponseForm response={null} /> : null}
      {editing ? <CannedResponseForm key={editing.id} response={editing} /> : null}
      <form
        role="search"
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(typed.trim());
        }}
      >
        <div className="field">
          <label htmlFor="canned-q">{t("canned.search")}</label>
          <input id="canned-q" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
      </form>
      <QueryState query={query} />
      {query.data ? (
        <>
          <p className="visually-hidden" aria-live="polite">
            {t("canned.shown", { count: query.data.length })}
          </p>
          {query.data.length === 0 ? <p className="empty">{q ? t("canned.noneFound") : t("canned.none")}</p> : null}
          <ul className="rows" aria-label={t("sections.canned-responses.title")}>
            {query.data.map((r) => (
              <li key={r.id} className="row-card stack">
                <div className="spread">
                  <h2 className="canned-title">{r.title}</h2>
                  <div className="row">
                    <Link to={adminPath("canned-responses", r.id)}>
                      {t("form.edit")}
                      <span className="visually-hidden"> {r.title}</span>
                    </Link>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        remove.reset();
                        setDeleting(r);
                      }}
                    >
                      {t("canned.delete")}
                      <span className="visually-hidden"> {r.title}</span>
                    </button>
                  </div>
                </div>
                <p className="canned-body">{r.body}</p>
                <p className="muted-small">
                  {t("canned.updated", { date: formatDateTime(r.updatedAt, i18n.language) })}
                  {r.createdBy ? ` · ${t("canned.by", { name: names.get(r.createdBy) ?? "…" })}` : ""}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title={t("canned.deleteTitle", { title: deleting?.title ?? "" })}
        confirmLabel={t("canned.delete")}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      >
        <p>{t("canned.deleteConfirm")}</p>
      </ConfirmDialog>
    </div>
  );
}
