import { useTranslation } from "react-i18next";
import { reviewKeys, setPackSchedule, usePackSchedules, type PackCadence } from "../../api/reviews.ts";
import { useSave } from "../data.ts";
import { AdminProblem } from "../feedback.tsx";
import type { Organization } from "../types.ts";

const CHOICES = ["none", "monthly", "quarterly"] as const;

/** How often a client's review pack is made and mailed to its managers; saved as soon as it is chosen. */
export function PackScheduleSelect({ organization }: { organization: Organization }) {
  const { t } = useTranslation(["admin", "common"]);
  const schedules = usePackSchedules();
  const current = schedules.data?.find((s) => s.organizationId === organization.id)?.cadence ?? "none";
  const save = useSave((cadence: PackCadence) => setPackSchedule(organization.id, cadence), {
    invalidate: [reviewKeys.all],
    message: t("organizations.packSaved", { name: organization.name }),
  });
  return (
    <>
      <select
        aria-label={t("organizations.packScheduleOf", { name: organization.name })}
        value={current}
        disabled={!schedules.data || save.isPending}
        onChange={(e) => save.mutate(e.target.value === "none" ? null : (e.target.value as PackCadence))}
      >
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`organizations.packCadence.${c}`)}
          </option>
        ))}
      </select>
      <AdminProblem error={save.error} />
    </>
  );
}
