import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { revokeToken, useTokens } from "../../api/tokens.ts";
import { formatDateTime } from "../../app/i18n.ts";
import { useMe } from "../../app/session.tsx";
import { keys, useSave } from "../data.ts";
import { useStaff } from "../../api/people.ts";
import { ConfirmDialog, QueryState, TableScroll } from "../feedback.tsx";
import type { ApiToken } from "../types.ts";
import { NewTokenForm } from "./NewTokenForm.tsx";

function tokenState(token: ApiToken): "revoked" | "expired" | "active" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && new Date(token.expiresAt) <= new Date()) return "expired";
  return "active";
}
const BADGE = { active: "met", expired: "warning", revoked: "stopped" } as const;

/** The secret of a token just issued: shown once, with a copy button and a warning. */
function Secret({ token, onDone }: { token: ApiToken & { token: string }; onDone(): void }) {
  const { t } = useTranslation(["admin", "common"]);
  const [copied, setCopied] = useState<"" | "yes" | "no">("");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const copy = () =>
    // The clipboard API needs a secure context (https or localhost); elsewhere people copy by hand.
    (navigator.clipboard ? navigator.clipboard.writeText(token.token) : Promise.reject(new Error("no clipboard"))).then(
      () => setCopied("yes"),
      () => setCopied("no"),
    );
  return (
    <section className="warning-box stack" aria-labelledby="token-secret">
      <h2 id="token-secret" ref={heading} tabIndex={-1}>
        {t("tokens.secretTitle", { name: token.name })}
      </h2>
      <p>
        <strong>{t("tokens.secretWarning")}</strong>
      </p>
      <label htmlFor="token-secret-value" className="field-label">
        {t("tokens.secret")}
      </label>
      <input
        id="token-secret-value"
        className="secret"
        readOnly
        value={token.token}
        onFocus={(e) => e.target.select()}
      />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void copy()}>
          {t("tokens.copy")}
        </button>
        <button type="button" onClick={onDone}>
          {t("tokens.secretDone")}
        </button>
        <span role="status">
          {copied === "yes" ? t("tokens.copied") : copied === "no" ? t("tokens.copyFailed") : ""}
        </span>
      </div>
    </section>
  );
}

/** /admin/tokens: API tokens of a person (yours by default): issue one, see the secret once, revoke. */
export function TokensPage() {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const me = useMe();
  const staff = useStaff();
  const [personId, setPersonId] = useState(me.id);
  const [issued, setIssued] = useState<(ApiToken & { token: string }) | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const isMe = personId === me.id;
  const query = useTokens(isMe ? undefined : personId);
  const revoke = useSave((token: ApiToken) => revokeToken(token.id), {
    invalidate: [keys.tokens],
    message: t("tokens.revoked"),
    onSuccess: () => setRevoking(null),
  });
  const fmt = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : "—");
  return (
    <div className="page stack">
      <h1>{t("sections.tokens.title")}</h1>
      <p className="muted">{t("tokens.intro")}</p>
      <div className="field">
        <label htmlFor="token-person">{t("tokens.person")}</label>
        <select
          id="token-person"
          value={personId}
          onChange={(e) => {
            setPersonId(e.target.value);
            setIssued(null);
          }}
        >
          <option value={me.id}>{t("tokens.me", { name: me.name })}</option>
          {(staff.data ?? [])
            .filter((p) => p.id !== me.id && p.active)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </div>
      {issued ? <Secret token={issued} onDone={() => setIssued(null)} /> : null}
      <section className="section" aria-labelledby="token-new">
        <h2 id="token-new">{t("tokens.newTitle")}</h2>
        <NewTokenForm personId={personId} isMe={isMe} onIssued={setIssued} />
      </section>
      <section aria-labelledby="token-list">
        <h2 id="token-list">{t("tokens.listTitle")}</h2>
        <QueryState query={query} />
        {query.data && query.data.length === 0 ? <p className="empty">{t("tokens.none")}</p> : null}
        {query.data && query.data.length > 0 ? (
          <TableScroll label={t("tokens.listTitle")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("tokens.name")}</th>
                  <th scope="col">{t("tokens.prefix")}</th>
                  <th scope="col">{t("tokens.scopes")}</th>
                  <th scope="col">{t("tokens.created")}</th>
                  <th scope="col">{t("tokens.expires")}</th>
                  <th scope="col">{t("versions.state")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("form.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {query.data.map((token) => {
                  const state = tokenState(token);
                  return (
                    <tr key={token.id}>
                      <td>{token.name}</td>
                      <td>
                        <code>{token.prefix}…</code>
                      </td>
                      <td>
                        {token.scopes.map((s) => (
                          <div key={s}>
                            <code>{s}</code>
                          </div>
                        ))}
                      </td>
                      <td>{fmt(token.createdAt)}</td>
                      <td>{token.expiresAt ? fmt(token.expiresAt) : t("tokens.never")}</td>
                      <td>
                        <span className={`badge ${BADGE[state]}`}>{t(`tokens.state.${state}`)}</span>
                        {token.revokedAt ? <div className="muted-small">{fmt(token.revokedAt)}</div> : null}
                      </td>
                      <td>
                        {state === "revoked" ? null : (
                          <button
                            type="button"
                            className="danger"
                            onClick={() => {
                              revoke.reset();
                              setRevoking(token);
                            }}
                          >
                            {t("tokens.revoke")}
                            <span className="visually-hidden"> {token.name}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </section>
      <ConfirmDialog
        open={revoking !== null}
        title={t("tokens.revokeTitle", { name: revoking?.name ?? "" })}
        confirmLabel={t("tokens.revoke")}
        busy={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => setRevoking(null)}
      >
        <p>{t("tokens.revokeConfirm")}</p>
      </ConfirmDialog>
    </div>
  );
}
