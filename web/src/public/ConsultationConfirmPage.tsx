import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { confirmConsultation } from "../api/public.ts";
import { ApiError } from "../app/api.ts";
import { Problem } from "../ui/Problem.tsx";
import "./public.css";

/** The token of the mailed link: in the fragment, so it never reaches a server log or a Referer header. */
function tokenFromLocation(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, "")).get("token") ?? "";
}

/**
 * Where the link mailed with a consultation receipt leads: the owner of the address confirms the request as theirs
 * with a button (opening the link alone changes nothing, so a mail scanner confirms nothing).
 */
export default function ConsultationConfirmPage() {
  const { t } = useTranslation(["public", "common"]);
  const token = tokenFromLocation();
  const confirm = useMutation({ mutationFn: () => confirmConsultation(token) });
  const expired = confirm.error instanceof ApiError && confirm.error.code === "CONFIRMATION_LINK_EXPIRED";
  return (
    <section className="page narrow public" aria-labelledby="confirm-title">
      <h1 id="confirm-title">{t("confirm.title")}</h1>
      {confirm.data ? (
        <div className="card" role="status">
          <p>{t("confirm.done", { reference: confirm.data.reference })}</p>
        </div>
      ) : token ? (
        <div className="card stack">
          <p>{t("confirm.explain")}</p>
          {expired ? <p className="error">{t("confirm.expired")}</p> : <Problem error={confirm.error} />}
          <div className="row end">
            <button type="button" className="primary" onClick={() => confirm.mutate()} disabled={confirm.isPending}>
              {t("confirm.button")}
            </button>
          </div>
        </div>
      ) : (
        <p className="error">{t("confirm.noToken")}</p>
      )}
    </section>
  );
}
