import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useGroups } from "../../api/groups.ts";
import { QueryState } from "../feedback.tsx";
import { adminPath } from "../sections.ts";
import { GroupDetailsForm } from "./GroupDetailsForm.tsx";
import { GroupMembersForm } from "./GroupMembersForm.tsx";
import { GroupTargetsForm } from "./GroupTargetsForm.tsx";

/** /admin/groups/new and /admin/groups/:id: details, members and internal targets, each saved on its own. */
export function GroupPage() {
  const { t } = useTranslation(["admin", "common"]);
  const { id = "new" } = useParams();
  const query = useGroups();
  const group = id === "new" ? null : query.data?.find((g) => g.id === id);
  const missing = id !== "new" && query.data && !group;
  return (
    <div className="page stack">
      <p className="breadcrumb">
        <Link to={adminPath("groups")}>{t("sections.groups.title")}</Link>
      </p>
      <h1>{id === "new" ? t("groups.newTitle") : (group?.name ?? t("groups.title"))}</h1>
      {missing ? (
        <p className="problem" role="alert">
          {t("groups.notFound")}
        </p>
      ) : null}
      {id === "new" ? (
        <>
          <GroupDetailsForm group={null} />
          <p className="hint">{t("groups.membersAfterCreate")}</p>
        </>
      ) : group ? (
        <>
          <section className="section" aria-labelledby="group-details">
            <h2 id="group-details">{t("groups.details")}</h2>
            <GroupDetailsForm key={`${group.name}:${group.tier}:${group.leadId}:${group.assignment}`} group={group} />
          </section>
          <section className="section" aria-labelledby="group-members">
            <h2 id="group-members">{t("groups.members")}</h2>
            <GroupMembersForm key={group.memberIds.join()} group={group} />
          </section>
          <section className="section" aria-labelledby="group-targets">
            <h2 id="group-targets">{t("groups.targets")}</h2>
            <GroupTargetsForm groupId={group.id} />
          </section>
        </>
      ) : (
        <QueryState query={query} />
      )}
    </div>
  );
}
