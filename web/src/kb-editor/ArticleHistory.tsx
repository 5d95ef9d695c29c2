import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { kbEditorKeys, restoreKbVersion, useKbDiff, useKbVersions, type KbArticle } from "../api/kb-editor.ts";
import { formatDateTime } from "../app/i18n.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { SelectField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";

type Range = { from: number; to: number };

/**
 * The article's versions (newest first), the differences between any two, and bringing an earlier one back after
 * a confirmation (a restore is a new version the readers of a published article see at once).
 */
export function ArticleHistory({
  article,
  onRestored,
}: {
  article: KbArticle;
  onRestored: (restored: KbArticle, version: number) => void;
}) {
  const { t, i18n } = useTranslation(["kbEditor", "common"]);
  const queryClient = useQueryClient();
  const versions = useKbVersions(article.id);
  const items = versions.data ?? [];
  const [confirming, setConfirming] = useState<number | null>(null);
  const restore = useMutation({
    mutationFn: (version: number) => restoreKbVersion(article.id, version),
    onSuccess: (restored, version) => {
      setConfirming(null);
      void queryClient.invalidateQueries({ queryKey: kbEditorKeys.all });
      onRestored(restored, version);
    },
  });
  return (
    <section className="stack" aria-labelledby="kb-history">
      <h2 id="kb-history">{t("history.title")}</h2>
      <Problem error={versions.error} />
      {items.length > 0 ? (
        <div className="kb-table" role="region" aria-label={t("history.versions")} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("history.version")}</th>
                <th scope="col">{t("history.colTitle")}</th>
                <th scope="col">{t("history.status")}</th>
                <th scope="col">{t("history.editedBy")}</th>
                <th scope="col">{t("history.when")}</th>
                <th scope="col">{t("history.note")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("history.restore")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((v) => (
                <tr key={v.version}>
                  <td>{v.version}</td>
                  <td lang={article.language} dir={article.direction}>
                    {v.title}
                  </td>
                  <td>{t(`status.${v.status}`)}</td>
                  <td>
                    <bdi>{v.editorName ?? t("history.unknownEditor")}</bdi>
                  </td>
                  <td>{formatDateTime(v.createdAt, i18n.language)}</td>
                  <td>{v.note}</td>
                  <td>
                    {v.version === article.version ? (
                      <span className="muted">{t("history.currentVersion")}</span>
                    ) : (
                      <button
                        type="button"
                        disabled={restore.isPending}
                        aria-label={t("history.restoreLabel", { version: v.version })}
                        onClick={() => {
                          restore.reset();
                          setConfirming(v.version);
                        }}
                      >
                        {t("history.restore")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Dialog
        open={confirming !== null}
        title={t("history.confirmTitle", { version: confirming ?? 0 })}
        onClose={() => setConfirming(null)}
      >
        <div className="stack">
          <p>{t("history.confirmText", { version: confirming ?? 0 })}</p>
          <Problem error={restore.error} />
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={restore.isPending}
              onClick={() => confirming !== null && restore.mutate(confirming)}
            >
              {t("history.confirm", { version: confirming ?? 0 })}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t("common:cancel")}
            </button>
          </div>
        </div>
      </Dialog>
      {versions.isSuccess && items.length < 2 ? <p className="muted">{t("history.single")}</p> : null}
      {items.length >= 2 ? (
        <Compare key={items[0]!.version} articleId={article.id} versions={items.map((v) => v.version)} />
      ) : null}
    </section>
  );
}

/** Two versions chosen (the latest two at first) and, once asked, what changed between them. */
function Compare({ articleId, versions }: { articleId: string; versions: number[] }) {
  const { t } = useTranslation(["kbEditor", "common"]);
  const [from, setFrom] = useState(versions[1]!);
  const [to, setTo] = useState(versions[0]!);
  const [shown, setShown] = useState<Range | null>(null);
  const diff = useKbDiff(articleId, shown);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown({ from, to });
  };
  const options = versions.map((v) => (
    <option key={v} value={v}>
      {v}
    </option>
  ));
  return (
    <div className="stack">
      <form className="kb-inline" onSubmit={submit} aria-labelledby="kb-compare">
        <h3 id="kb-compare" className="visually-hidden">
          {t("history.compare")}
        </h3>
        <SelectField label={t("history.from")} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
          {options}
        </SelectField>
        <SelectField label={t("history.to")} value={to} onChange={(e) => setTo(Number(e.target.value))}>
          {options}
        </SelectField>
        <button type="submit">{t("history.show")}</button>
      </form>
      <Problem error={diff.error} />
      {diff.data ? (
        <section className="card stack" aria-labelledby="kb-diff">
          <h3 id="kb-diff">{t("history.diffTitle", { from: diff.data.from, to: diff.data.to })}</h3>
          <p>
            {diff.data.title
              ? t("history.titleChange", { from: diff.data.title.from, to: diff.data.title.to })
              : t("history.sameTitle")}
          </p>
          {diff.data.body.some((part) => part.op !== "same") ? (
            <ul className="kb-diff">
              {diff.data.body.map((part, i) => (
                <li key={i} className={part.op}>
                  {part.op === "added" ? (
                    <ins>
                      <span className="visually-hidden">{t("history.added")}: </span>
                      {part.text.replace(/\n$/, "")}
                    </ins>
                  ) : part.op === "removed" ? (
                    <del>
                      <span className="visually-hidden">{t("history.removed")}: </span>
                      {part.text.replace(/\n$/, "")}
                    </del>
                  ) : (
                    part.text.replace(/\n$/, "")
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("history.noChanges")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
