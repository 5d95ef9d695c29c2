import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useOnboardingProgress, type OnboardingProgress } from "../api/onboarding.ts";
import { useOrganizations } from "../api/reference.ts";
import { SelectField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import "./tutorials.css";

/** /console/onboarding: managers see how far each person of an organization is along its onboarding path. */
export default function OnboardingProgressPage() {
  const { t } = useTranslation(["tutorials", "common"]);
  const [params, setParams] = useSearchParams();
  const organizationId = params.get("organization") ?? "";
  const organizations = useOrganizations();
  const progress = useOnboardingProgress(organizationId);

  const choose = (id: string) => {
    const copy = new URLSearchParams(params);
    if (id) copy.set("organization", id);
    else copy.delete("organization");
    setParams(copy, { replace: true });
  };

  return (
    <section className="page stack tutorials" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title">{t("onboarding.tableTitle")}</h1>
      <p className="muted">{t("onboarding.tableIntro")}</p>
      <SelectField label={t("onboarding.organization")} value={organizationId} onChange={(e) => choose(e.target.value)}>
        <option value="">{t("onboarding.chooseOrganization")}</option>
        {(organizations.data ?? []).map((org) => (
          <option key={org.id} value={org.id}>
            {org.name}
          </option>
        ))}
      </SelectField>
      <Problem error={organizations.error ?? progress.error} />
      {organizationId && progress.isPending ? <p role="status">{t("common:loading")}</p> : null}
      {progress.data ? <ProgressTable table={progress.data} /> : null}
    </section>
  );
}

function ProgressTable({ table }: { table: OnboardingProgress }) {
  const { t } = useTranslation("tutorials");
  if (!table.path) return <p>{t("onboarding.noPath")}</p>;
  if (table.people.length === 0) return <p>{t("onboarding.noPeople")}</p>;
  const itemTitle = (item: OnboardingProgress["items"][number]) =>
    item.title ?? `${t(`playlist.${item.kind}`)} ${item.id.slice(0, 8)}`;
  return (
    <div className="table-scroll onboarding-table" role="group" aria-label={table.path.title} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{table.path.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("onboarding.person")}</th>
            {table.items.map((item) => (
              <th scope="col" key={`${item.kind}:${item.id}`}>
                <bdi>{itemTitle(item)}</bdi>
              </th>
            ))}
            <th scope="col" className="num">
              {t("onboarding.doneCount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.people.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <bdi>{person.name}</bdi>
              </th>
              {person.done.map((done, i) => (
                <td key={i} className={done ? "cell-done" : "cell-open"}>
                  <span aria-hidden="true">{done ? "✓" : "–"}</span>
                  <span className="visually-hidden">
                    {done ? t("onboarding.itemDone") : t("onboarding.itemNotDone")}
                  </span>
                </td>
              ))}
              <td className="num">
                {person.doneCount}/{table.items.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
