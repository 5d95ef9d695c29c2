import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { issueToken } from "../../api/tokens.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { keys, useSave } from "../data.ts";
import { AdminProblem, Checklist, useFieldError } from "../feedback.tsx";
import type { ApiToken } from "../types.ts";
import { TOKEN_SCOPES, type TokenScope } from "../vocab.ts";

const EXPIRY_DAYS = ["30", "90", "180", "365", ""] as const;

/** Issues a token for the chosen person; the secret comes back in this answer only. */
export function NewTokenForm({
  personId,
  isMe,
  onIssued,
}: {
  personId: string;
  isMe: boolean;
  onIssued(token: ApiToken & { token: string }): void;
}) {
  const { t } = useTranslation(["admin", "common"]);
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<TokenScope[]>(["tickets:read"]);
  const [expires, setExpires] = useState<string>("90");
  const issue = useSave(
    () =>
      issueToken({
        name,
        scopes,
        ...(isMe ? {} : { personId }),
        ...(expires ? { expiresInDays: Number(expires) } : {}),
      }),
    {
      invalidate: [keys.tokens],
      message: t("tokens.issued"),
      onSuccess: (token) => {
        setName("");
        onIssued(token);
      },
    },
  );
  const errorAt = useFieldError(issue.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    issue.mutate(undefined);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="form-grid">
        <TextField
          label={t("tokens.name")}
          hint={t("tokens.nameHint")}
          value={name}
          required
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          error={errorAt("name")}
        />
        <SelectField
          label={t("tokens.expires")}
          value={expires}
          onChange={(e) => setExpires(e.target.value)}
          error={errorAt("expiresInDays")}
        >
          {EXPIRY_DAYS.map((d) => (
            <option key={d} value={d}>
              {d ? t("tokens.afterDays", { count: Number(d) }) : t("tokens.never")}
            </option>
          ))}
        </SelectField>
      </div>
      <Checklist
        legend={t("tokens.scopes")}
        hint={t("tokens.scopesHint")}
        options={TOKEN_SCOPES.map((s) => ({
          value: s,
          label: (
            <>
              <code>{s}</code> — {t(`tokens.scope.${s}`)}
            </>
          ),
        }))}
        value={scopes}
        onChange={setScopes}
        error={errorAt("scopes", true)}
      />
      <AdminProblem error={issue.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={issue.isPending}>
          {issue.isPending ? t("form.saving") : t("tokens.create")}
        </button>
      </div>
    </form>
  );
}
