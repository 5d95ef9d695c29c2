import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import { keys } from "../data.ts";
import { adminPath } from "../sections.ts";
import type { Person } from "../types.ts";

const MAX_STEPS = 12;

function Step({ id, depth }: { id: string; depth: number }) {
  const query = useQuery({ queryKey: [...keys.people, "one", id], queryFn: () => api<Person>("GET", `/api/v1/people/${id}`), staleTime: 5 * 60_000, retry: false });
  const person = query.data;
  return (
    <>
      <li>
        <Link to={adminPath("people", id)}>{person?.name ?? "…"}</Link>
      </li>
      {person?.managerId && depth < MAX_STEPS ? <Step id={person.managerId} depth={depth + 1} /> : null}
    </>
  );
}

/** Who the person reports to, step by step up the management chain (escalations follow it). */
export function ManagementChain({ managerId }: { managerId: string | null }) {
  const { t } = useTranslation("admin");
  return (
    <div className="field">
      <span className="field-label" id="chain-label">{t("people.chain")}</span>
      {managerId ? (
        <ol className="chain" aria-labelledby="chain-label">
          <Step id={managerId} depth={1} />
        </ol>
      ) : (
        <p className="muted">{t("people.chainNone")}</p>
      )}
    </div>
  );
}
