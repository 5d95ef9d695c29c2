import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  createKbCategory,
  kbEditorKeys,
  updateKbCategory,
  useKbCategories,
  type KbCategory,
} from "../api/kb-editor.ts";
import { ApiError } from "../app/api.ts";
import { TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";

type CategoryBody = { name: string; nameUr: string | null };

/** A category's name and optional Urdu name: adding one, or renaming one in its row. */
function CategoryForm({
  category,
  label,
  onDone,
  onCancel,
}: {
  category: KbCategory | null;
  label: string;
  onDone: (name: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(["kbEditor", "common"]);
  const queryClient = useQueryClient();
  const [name, setName] = useState(category?.name ?? "");
  const [nameUr, setNameUr] = useState(category?.nameUr ?? "");
  const save = useMutation({
    mutationFn: (body: CategoryBody) => (category ? updateKbCategory(category.id, body) : createKbCategory(body)),
    onSuccess: (saved) => {
      // Article rows show category names too.
      void queryClient.invalidateQueries({ queryKey: kbEditorKeys.all });
      if (!category) {
        setName("");
        setNameUr("");
      }
      onDone(saved.name);
    },
  });
  const fieldError = (field: string) => (save.error instanceof ApiError ? save.error.fieldError(field) : undefined);
  const named = Boolean(fieldError("name") || fieldError("nameUr"));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name, nameUr: nameUr.trim() || null });
  };
  return (
    <form className="kb-inline" onSubmit={submit} noValidate aria-label={label}>
      <TextField
        label={t("categories.name")}
        value={name}
        required
        maxLength={80}
        onChange={(e) => setName(e.target.value)}
        error={fieldError("name")}
      />
      <TextField
        label={t("categories.nameUr")}
        hint={t("categories.nameUrHint")}
        value={nameUr}
        lang="ur"
        dir="rtl"
        maxLength={80}
        onChange={(e) => setNameUr(e.target.value)}
        error={fieldError("nameUr")}
      />
      <button type="submit" className="primary" disabled={save.isPending}>
        {category ? t("categories.save") : t("categories.add")}
      </button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {t("categories.cancel")}
        </button>
      ) : null}
      {save.error && !named ? <Problem error={save.error} /> : null}
    </form>
  );
}

/** The knowledge base's categories on /console/kb: staff add them and rename them (with an optional Urdu name). */
export function CategoriesSection() {
  const { t } = useTranslation(["kbEditor", "common"]);
  const categories = useKbCategories();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const items = categories.data ?? [];
  return (
    <section className="stack" aria-labelledby="kb-categories">
      <h2 id="kb-categories">{t("categories.title")}</h2>
      <Problem error={categories.error} />
      {categories.isSuccess && items.length === 0 ? <p className="muted">{t("categories.empty")}</p> : null}
      {items.length > 0 ? (
        <div className="kb-table" role="region" aria-label={t("categories.list")} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("categories.name")}</th>
                <th scope="col">{t("categories.nameUr")}</th>
                <th scope="col">{t("categories.articleCount")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("categories.rename")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) =>
                renaming === c.id ? (
                  <tr key={c.id}>
                    <td colSpan={4}>
                      <CategoryForm
                        category={c}
                        label={t("categories.renameLabel", { name: c.name })}
                        onDone={(name) => {
                          setRenaming(null);
                          setMessage(t("categories.saved", { name }));
                        }}
                        onCancel={() => setRenaming(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={c.id}>
                    <td>
                      <bdi>{c.name}</bdi>
                    </td>
                    <td lang="ur" dir="rtl">
                      {c.nameUr ?? ""}
                    </td>
                    <td>{c.articleCount}</td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        aria-label={t("categories.renameLabel", { name: c.name })}
                        onClick={() => setRenaming(c.id)}
                      >
                        {t("categories.rename")}
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      ) : null}
      <p role="status">{message}</p>
      <h3>{t("categories.addTitle")}</h3>
      <CategoryForm
        category={null}
        label={t("categories.addTitle")}
        onDone={(name) => setMessage(t("categories.created", { name }))}
      />
    </section>
  );
}
