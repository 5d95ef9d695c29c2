import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useRemoteToolWrites, type RemoteTool, type RemoteToolInput } from "../../api/remote.ts";
import { TextArea, TextField } from "../../ui/Field.tsx";
import { AdminProblem, CheckboxField, useAnnounce, useFieldError } from "../feedback.tsx";

const draftOf = (tool: RemoteTool | undefined, position: number): RemoteToolInput => ({
  name: tool?.name ?? "",
  launchTemplate: tool?.launchTemplate ?? "",
  agentInstructions: tool?.agentInstructions ?? "",
  requesterInstructions: tool?.requesterInstructions ?? "",
  linkForRequester: tool?.linkForRequester ?? false,
  active: tool?.active ?? true,
  position: tool?.position ?? position,
});

/**
 * Add a remote-access tool or change one: its name, the launch link built from the session id (`{id}`; the server
 * refuses javascript:, data: and vbscript: links and names the field), what the agent and the requester are told,
 * whether the requester sees the link too, and whether agents may pick it.
 */
export function RemoteToolForm({
  tool,
  nextPosition,
  onDone,
}: {
  tool?: RemoteTool;
  nextPosition: number;
  onDone(): void;
}) {
  const { t } = useTranslation(["admin", "common"]);
  const writes = useRemoteToolWrites();
  const announce = useAnnounce();
  const [f, setF] = useState<RemoteToolInput>(() => draftOf(tool, nextPosition));
  const set = (patch: Partial<RemoteToolInput>) => setF((x) => ({ ...x, ...patch }));
  const mutation = tool ? writes.update : writes.create;
  const errorAt = useFieldError(mutation.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { ...f, name: f.name.trim(), launchTemplate: f.launchTemplate.trim() };
    const done = () => {
      announce(t("remoteTools.saved", { name: body.name }));
      if (!tool) setF(draftOf(undefined, nextPosition + 1));
      onDone();
    };
    if (tool) writes.update.mutate({ id: tool.id, body }, { onSuccess: done });
    else writes.create.mutate(body, { onSuccess: done });
  };
  return (
    <form
      className="section stack"
      onSubmit={submit}
      noValidate
      aria-label={tool ? t("remoteTools.edit", { name: tool.name }) : t("remoteTools.new")}
    >
      <div className="form-grid">
        <TextField
          label={t("remoteTools.name")}
          value={f.name}
          maxLength={80}
          required
          onChange={(e) => set({ name: e.target.value })}
          error={errorAt("name")}
        />
        <TextField
          label={t("remoteTools.launchTemplate")}
          hint={t("remoteTools.launchTemplateHint")}
          dir="ltr"
          value={f.launchTemplate}
          maxLength={500}
          onChange={(e) => set({ launchTemplate: e.target.value })}
          error={errorAt("launchTemplate")}
        />
        <TextArea
          label={t("remoteTools.agentInstructions")}
          rows={3}
          value={f.agentInstructions}
          maxLength={2000}
          onChange={(e) => set({ agentInstructions: e.target.value })}
          error={errorAt("agentInstructions")}
        />
        <TextArea
          label={t("remoteTools.requesterInstructions")}
          hint={t("remoteTools.requesterInstructionsHint")}
          rows={3}
          value={f.requesterInstructions}
          maxLength={2000}
          onChange={(e) => set({ requesterInstructions: e.target.value })}
          error={errorAt("requesterInstructions")}
        />
        <TextField
          label={t("remoteTools.position")}
          hint={t("remoteTools.positionHint")}
          type="number"
          min={0}
          max={1000}
          value={String(f.position)}
          onChange={(e) => set({ position: Number(e.target.value) })}
          error={errorAt("position")}
        />
        <CheckboxField
          label={t("remoteTools.linkForRequester")}
          hint={t("remoteTools.linkForRequesterHint")}
          checked={f.linkForRequester}
          onChange={(linkForRequester) => set({ linkForRequester })}
        />
        <CheckboxField
          label={t("form.active")}
          hint={t("remoteTools.activeHint")}
          checked={f.active}
          onChange={(active) => set({ active })}
        />
      </div>
      <AdminProblem error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t("form.saving") : t("form.save")}
        </button>
        {tool ? (
          <button type="button" onClick={onDone}>
            {t("form.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
