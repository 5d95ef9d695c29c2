import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useKbArticles, useKbCategories, type KbListFilters, type KbStatus } from "../api/kb-editor.ts";
import { formatDateTime, inReadersLanguage } from "../app/i18n.ts";
import { SelectField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import { CategoriesSection } from "./CategoriesSection.tsx";
import "./kb-editor.css";

const STATUSES: readonly KbStatus[] = ["draft", "published"];

/** The filters live in the address (?status=, ?categoryId=, ?reviewDue=true), so a filtered list can be shared. */
function filtersOf(params: URLSearchParams): KbListFilters {
  const status = params.get("status");
  const categoryId = params.get("categoryId");
  return {
    ...(status === "draft" || status === "published" ? { status } : {}),
    ...(categoryId ? { categoryId } : {}),
    ...(params.get("reviewDue") === "true" ? { reviewDue: "true" as const } : {}),
  };
}

/** /console/kb: every article staff may see, with its status, language, owner and review-by day; the categories. */
export default function KbListPage() {
  const { t, i18n } = useTranslation(["kbEditor", "common"]);
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const articles = useKbArticles(filters);
  const categories = useKbCategories();
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const items = articles.data ?? [];
  return (
    <section className="page kb-editor stack" aria-labelledby="kb-title">
      <div className="spread">
        <h1 id="kb-title">{t("list.title")}</h1>
        <div className="kb-actions">
          <Link to="/console/kb/new">{t("list.new")}</Link>
          <Link to="/console/kb/report">{t("list.report")}</Link>
        </div>
      </div>
      <p className="muted">{t("list.intro")}</p>
      <form className="kb-filters" aria-label={t("list.filters")} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t("list.status")}
          value={filters.status ?? ""}
          onChange={(e) => setFilter("status", e.target.value)}
        >
          <option value="">{t("list.anyStatus")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("list.category")}
          value={filters.categoryId ?? ""}
          onChange={(e) => setFilter("categoryId", e.target.value)}
        >
          <option value="">{t("list.anyCategory")}</option>
          {(categories.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {inReadersLanguage(c.name, c.nameUr, i18n.language)}
            </option>
          ))}
        </SelectField>
        <label className="choice">
          <input
            type="checkbox"
            checked={filters.reviewDue === "true"}
            onChange={(e) => setFilter("reviewDue", e.target.checked ? "true" : "")}
          />
          {t("list.overdueOnly")}
        </label>
      </form>
      <Problem error={articles.error} />
      {articles.isPending ? (
        <p className="loading" role="status">
          {t("common:loading")}
        </p>
      ) : null}
      {articles.isSuccess && items.length === 0 ? <p className="card empty">{t("list.empty")}</p> : null}
      {items.length > 0 ? (
        <div className="kb-table" role="region" aria-label={t("list.articles")} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("list.colTitle")}</th>
                <th scope="col">{t("list.colLanguage")}</th>
                <th scope="col">{t("list.colStatus")}</th>
                <th scope="col">{t("list.colCategory")}</th>
                <th scope="col">{t("list.colOwner")}</th>
                <th scope="col">{t("list.colReviewBy")}</th>
                <th scope="col">{t("list.colUpdated")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/console/kb/${a.id}/edit`} lang={a.language} dir={a.direction}>
                      {a.title}
                    </Link>
                  </td>
                  <td>{t(`language.${a.language}`)}</td>
                  <td>
                    <span className={`badge ${a.status === "published" ? "met" : "paused"}`}>
                      {t(`status.${a.status}`)}
                    </span>
                  </td>
                  <td>
                    {a.categoryName ? (
                      <bdi>{inReadersLanguage(a.categoryName, a.categoryNameUr, i18n.language)}</bdi>
                    ) : (
                      <span className="empty">{t("list.none")}</span>
                    )}
                  </td>
                  <td>{a.ownerName ? <bdi>{a.ownerName}</bdi> : <span className="empty">{t("list.nobody")}</span>}</td>
                  <td>
                    {a.reviewBy ?? <span className="empty">{t("list.none")}</span>}
                    {a.reviewOverdue ? <span className="badge breached">{t("list.overdue")}</span> : null}
                  </td>
                  <td>{formatDateTime(a.updatedAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <CategoriesSection />
    </section>
  );
}
