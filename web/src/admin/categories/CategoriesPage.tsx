import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { TextArea, TextField } from "../../ui/Field.tsx";
import { keys, useSave } from "../data.ts";
import { createCategory, updateCategory, useCategories } from "../../api/reference.ts";
import { AdminProblem, QueryState, TableScroll, useFieldError } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import type { Category } from "../types.ts";

function CategoryForm({ category }: { category: Category | null }) {
  const { t } = useTranslation(["admin", "common"]);
  const navigate = useNavigate();
  const [name, setName] = useState(category?.name ?? "");
  const [nameUr, setNameUr] = useState(category?.nameUr ?? "");
  const [description, setDescription] = useState(category?.description ?? "");
  const save = useSave(
    () =>
      category
        ? updateCategory(category.id, { name, nameUr: nameUr.trim() || null, description })
        : createCategory({ name, nameUr: nameUr.trim() || null, description }),
    {
      invalidate: [keys.categories],
      message: category ? t("categories.saved") : t("categories.created"),
      onSuccess: () => navigate(adminPath("categories")),
    },
  );
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form className="section stack" onSubmit={submit} noValidate aria-labelledby="category-form">
      <h2 id="category-form">
        {category ? t("categories.editTitle", { name: category.name }) : t("categories.newTitle")}
      </h2>
      <TextField
        label={t("categories.name")}
        value={name}
        required
        maxLength={100}
        onChange={(e) => setName(e.target.value)}
        error={errorAt("name")}
      />
      <TextField
        label={t("form.nameUr")}
        hint={t("form.nameUrHint")}
        value={nameUr}
        lang="ur"
        dir="rtl"
        maxLength={100}
        onChange={(e) => setNameUr(e.target.value)}
        error={errorAt("nameUr")}
      />
      <TextArea
        label={t("categories.description")}
        hint={t("categories.descriptionHint")}
        value={description}
        maxLength={2000}
        onChange={(e) => setDescription(e.target.value)}
        error={errorAt("description")}
      />
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : category ? t("form.save") : t("categories.create")}
        </button>
        <Link to={adminPath("categories")}>{t("form.cancel")}</Link>
      </div>
    </form>
  );
}

/** /admin/categories (+ /new, /:id): what people choose from when they file a ticket. */
export function CategoriesPage() {
  const { t } = useTranslation(["admin", "common"]);
  const { id } = useParams();
  const query = useCategories();
  const editing = id && id !== "new" ? query.data?.find((c) => c.id === id) : undefined;
  return (
    <div className="page stack">
      <div className="page-head">
        <h1>{t("sections.categories.title")}</h1>
        {id ? null : <Link to={adminPath("categories", "new")}>{t("categories.new")}</Link>}
      </div>
      <p className="muted">{t("categories.intro")}</p>
      {id === "new" ? <CategoryForm category={null} /> : null}
      {editing ? <CategoryForm key={editing.id} category={editing} /> : null}
      <QueryState query={query} />
      {query.data ? (
        <TableScroll label={t("sections.categories.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("categories.name")}</th>
                <th scope="col">{t("categories.description")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("form.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((c) => (
                <tr key={c.id}>
                  <td>{c.name}</td>
                  <td>{c.description || <span className="empty">{t("categories.noDescription")}</span>}</td>
                  <td>
                    <Link to={adminPath("categories", c.id)}>
                      {t("form.edit")}
                      <span className="visually-hidden"> {c.name}</span>
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
