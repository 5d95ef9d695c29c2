import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePeopleSearch, usePerson } from "../../api/people.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";

type Props = {
  organizationId: string;
  value: string;
  /** The person being edited: not their own manager. */
  exclude: string | undefined;
  onChange: (managerId: string) => void;
  error: string | undefined;
};

/**
 * Chooses someone's manager among their organization's active people, searched by the server as the admin types:
 * an organization of thousands is never loaded whole, and nobody is out of reach past a first page.
 */
export function ManagerPicker({ organizationId, value, exclude, onChange, error }: Props) {
  const { t } = useTranslation(["admin", "common"]);
  const [text, setText] = useState("");
  const q = text.trim();
  const current = usePerson(value || null);
  const found = usePeopleSearch(
    { organizationId, active: "true", ...(q ? { q } : {}) },
    { enabled: Boolean(organizationId) },
  );
  const choices = [
    ...(value && current.data ? [current.data] : []),
    ...(found.data ?? []).filter((p) => p.id !== value && p.id !== exclude),
  ];
  return (
    <>
      <TextField
        label={t("people.managerSearch")}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <SelectField
        label={t("people.manager")}
        hint={t("people.managerHint")}
        value={value}
        error={error}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t("form.none")}</option>
        {choices.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
