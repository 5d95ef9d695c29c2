import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePerson } from "../../api/people.ts";
import { adminPath } from "../sections.ts";

const MAX_STEPS = 12;

function Step({ id, depth }: { id: string; depth: number }) {
  const query = usePerson(id);
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
  const { t } = useTranslation(["admin", "common"]);
  return (
    <div className="field">
      <span className="field-label" id="chain-label">
        {t("people.chain")}
      </span>
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
