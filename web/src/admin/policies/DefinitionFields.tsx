import { useCalendars } from "../data.ts";
import { useStaff } from "../../api/people.ts";
import type { DefinitionState } from "./policy-model.ts";
import { EscalationsEditor } from "./EscalationsEditor.tsx";
import { TargetsEditor } from "./TargetsEditor.tsx";

/** Everything a policy version holds: targets, pauses, warnings, escalations. */
export function DefinitionFields({
  state,
  onChange,
  errorAt,
}: {
  state: DefinitionState;
  onChange(next: DefinitionState): void;
  errorAt(field: string, nested?: boolean): string | undefined;
}) {
  const calendars = useCalendars();
  const staff = useStaff();
  return (
    <>
      <TargetsEditor state={state} onChange={onChange} calendars={calendars.data ?? []} errorAt={errorAt} />
      <EscalationsEditor
        levels={state.escalations}
        onChange={(escalations) => onChange({ ...state, escalations })}
        staff={staff.data ?? []}
        errorAt={errorAt}
      />
    </>
  );
}
