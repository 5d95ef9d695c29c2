import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { setGroupMembers } from "../../api/groups.ts";
import { keys, useSave } from "../data.ts";
import { useStaff } from "../../api/people.ts";
import { AdminProblem, Checklist, useFieldError } from "../feedback.tsx";
import type { Group } from "../types.ts";

/** The group's members: any agents, managers and admins (PUT replaces the whole list). */
export function GroupMembersForm({ group }: { group: Group }) {
  const { t } = useTranslation(["admin", "common"]);
  const staff = useStaff();
  const [members, setMembers] = useState(group.memberIds);
  const [filter, setFilter] = useState("");
  const save = useSave(() => setGroupMembers(group.id, members), {
    invalidate: [keys.groups],
    message: t("groups.membersSaved"),
  });
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  const needle = filter.trim().toLowerCase();
  const people = (staff.data ?? []).filter(
    (p) =>
      members.includes(p.id) ||
      (p.active && (!needle || p.name.toLowerCase().includes(needle) || p.email.toLowerCase().includes(needle))),
  );
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="member-filter">{t("groups.filterStaff")}</label>
        <input id="member-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <Checklist
        className="columns"
        legend={t("groups.membersLegend", { count: members.length })}
        hint={t("groups.membersHint")}
        options={people.map((p) => ({ value: p.id, label: `${p.name} (${t(`people.role.${p.role}`)})` }))}
        value={members}
        onChange={setMembers}
        error={errorAt("personIds", true)}
      />
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : t("groups.saveMembers")}
        </button>
      </div>
    </form>
  );
}
