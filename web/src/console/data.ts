import { useGroups } from "../api/groups.ts";
import { useStaff } from "../api/people.ts";
import { useOrganizations } from "../api/reference.ts";

/** A name lookup over staff, organizations and groups. */
export function useNames() {
  const staff = useStaff().data ?? [];
  const groups = useGroups().data ?? [];
  const orgs = useOrganizations().data ?? [];
  return {
    person: (id: string | null | undefined) => (id ? staff.find((p) => p.id === id)?.name : undefined),
    group: (id: string | null | undefined) => (id ? groups.find((g) => g.id === id)?.name : undefined),
    organization: (id: string | null | undefined) => (id ? orgs.find((o) => o.id === id)?.name : undefined),
  };
}
