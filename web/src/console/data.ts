import { useTranslation } from "react-i18next";
import { useGroups } from "../api/groups.ts";
import { useStaff } from "../api/people.ts";
import { useOrganizations } from "../api/reference.ts";
import { inReadersLanguage } from "../app/i18n.ts";

/** A name lookup over staff, organizations and groups (groups in the reader's language). */
export function useNames() {
  const lang = useTranslation().i18n.language;
  const staff = useStaff().data ?? [];
  const groups = useGroups().data ?? [];
  const orgs = useOrganizations().data ?? [];
  return {
    person: (id: string | null | undefined) => (id ? staff.find((p) => p.id === id)?.name : undefined),
    group: (id: string | null | undefined) => {
      const group = id ? groups.find((g) => g.id === id) : undefined;
      return group ? inReadersLanguage(group.name, group.nameUr, lang) : undefined;
    },
    organization: (id: string | null | undefined) => (id ? orgs.find((o) => o.id === id)?.name : undefined),
  };
}
