import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSlaPreview } from "../../api/sla.ts";
import { formatDateTime } from "../../app/i18n.ts";
import { formatMinutes } from "../../ui/format.ts";
import { useCategories, useOrganizations } from "../../api/reference.ts";
import { AdminProblem, Loading } from "../feedback.tsx";
import type { Policy } from "../types.ts";
import { CHANNELS, PRIORITIES, TICKET_TYPES, type Channel, type Priority, type TicketType } from "../vocab.ts";

/** "A Critical ticket opened now would be due …": POST /api/v1/sla/preview with facts this policy matches. */
export function PolicyPreview({ policy }: { policy: Policy }) {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const organizations = useOrganizations();
  const categories = useCategories();
  const c = policy.conditions;
  const [priority, setPriority] = useState<Priority>("critical");
  const [organizationId, setOrganizationId] = useState(c.organizationIds?.[0] ?? "");
  const [type, setType] = useState<TicketType>(c.types?.[0] ?? "incident");
  const [channel, setChannel] = useState<Channel>(c.channels?.[0] ?? "phone");
  const [categoryId, setCategoryId] = useState(c.categoryIds?.[0] ?? "");
  const orgId =
    organizationId || organizations.data?.find((o) => o.kind === "client")?.id || organizations.data?.[0]?.id || "";
  const facts = { organizationId: orgId, type, channel, priority, categoryId: categoryId || null };
  const preview = useSlaPreview(facts, { enabled: Boolean(orgId), revision: policy.current?.id, staleTime: 0 });
  const units = { d: t("common:units.d"), h: t("common:units.h"), min: t("common:units.min") };
  const p = preview.data;
  return (
    <div className="stack">
      <div className="filters">
        <label className="field">
          <span>{t("policies.priority")}</span>
          <select value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {PRIORITIES.map((v) => (
              <option key={v} value={v}>
                {t(`common:priority.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("policies.organization")}</span>
          <select value={orgId} onChange={(e) => setOrganizationId(e.target.value)}>
            {(organizations.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("policies.type")}</span>
          <select value={type} onChange={(e) => setType(e.target.value as TicketType)}>
            {TICKET_TYPES.map((v) => (
              <option key={v} value={v}>
                {t(`common:type.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("policies.channel")}</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((v) => (
              <option key={v} value={v}>
                {t(`common:channel.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("policies.category")}</span>
          <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">{t("form.none")}</option>
            {(categories.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div aria-live="polite">
        {preview.isFetching && !p ? <Loading /> : null}
        <AdminProblem error={preview.error} />
        {p ? (
          <div className="card">
            <p>
              <strong>{t("policies.previewLead", { priority: t(`common:priority.${p.priority}`) })}</strong>
            </p>
            <ul>
              {p.targets.map((target) => (
                <li key={target.clock}>
                  {target.deadline
                    ? t("policies.previewDue", {
                        clock: t(`policies.clockName.${target.clock}`),
                        date: formatDateTime(target.deadline, i18n.language),
                        minutes: formatMinutes(target.minutes, units),
                        calendar: target.calendarName,
                      })
                    : t("policies.previewNextReply", {
                        minutes: formatMinutes(target.minutes, units),
                        calendar: target.calendarName,
                      })}
                </li>
              ))}
            </ul>
            <p className="muted-small">
              {p.policy.id === policy.id
                ? t("policies.previewThisPolicy", { version: p.policy.version })
                : t("policies.previewOtherPolicy", { name: p.policy.name, version: p.policy.version })}
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
