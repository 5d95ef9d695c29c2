import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { createView, deleteView, renameView } from "../api/views.ts";
import { ApiError } from "../app/api.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import type { View } from "./types.ts";

type Mode = "save" | "rename" | "delete" | null;

function NameForm({
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  initial: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit(name: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation(["console", "common"]);
  const [name, setName] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onSubmit(name.trim());
  };
  const fieldError = error instanceof ApiError ? error.fieldError("name") : undefined;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        label={t("savedViews.name")}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={100}
        autoFocus
        error={fieldError}
      />
      {fieldError ? null : <Problem error={error} />}
      <div className="row end">
        <button type="button" onClick={onCancel}>
          {t("common:cancel")}
        </button>
        <button type="submit" className="primary" disabled={busy || !name.trim()}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** "Save view" for the current filters, and rename / delete when a saved view is open. */
export function ViewActions({ current, filters }: { current: View | undefined; filters: Record<string, string> }) {
  const { t } = useTranslation(["console", "common"]);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>(null);
  const close = () => setMode(null);
  // Wait for the refreshed list, so the page never opens a view it does not know yet.
  const done = () => queryClient.invalidateQueries({ queryKey: ["view-counts"] });

  const save = useMutation({
    mutationFn: (name: string) => createView({ name, filters }),
    onSuccess: async (view) => {
      await done();
      close();
      navigate(`/console/views/${encodeURIComponent(view.key ?? `saved-${view.id}`)}`);
    },
  });
  const rename = useMutation({
    mutationFn: (name: string) => renameView(current!.id!, name),
    onSuccess: async () => {
      await done();
      close();
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteView(current!.id!),
    onSuccess: () => {
      close();
      navigate("/console");
      void done();
    },
  });
  const saved = current?.kind === "saved" && current.id;

  return (
    <div className="row view-actions">
      <button type="button" onClick={() => (save.reset(), setMode("save"))}>
        {t("savedViews.save")}
      </button>
      {saved ? (
        <>
          <button type="button" onClick={() => (rename.reset(), setMode("rename"))}>
            {t("savedViews.rename")}
          </button>
          <button type="button" className="danger" onClick={() => (remove.reset(), setMode("delete"))}>
            {t("savedViews.delete")}
          </button>
        </>
      ) : null}
      {/* One dialog at a time: each carries the same heading id. */}
      {mode === "save" ? (
        <Dialog open title={t("savedViews.saveTitle")} onClose={close}>
          <p className="hint">{t("savedViews.saveHint")}</p>
          <NameForm
            initial=""
            submitLabel={t("savedViews.saveSubmit")}
            busy={save.isPending}
            error={save.error}
            onSubmit={(name) => save.mutate(name)}
            onCancel={close}
          />
        </Dialog>
      ) : null}
      {mode === "rename" ? (
        <Dialog open title={t("savedViews.renameTitle")} onClose={close}>
          <NameForm
            initial={current?.name ?? ""}
            submitLabel={t("savedViews.renameSubmit")}
            busy={rename.isPending}
            error={rename.error}
            onSubmit={(name) => rename.mutate(name)}
            onCancel={close}
          />
        </Dialog>
      ) : null}
      {mode !== "delete" ? null : (
        <Dialog open title={t("savedViews.deleteTitle")} onClose={close}>
          <p>{t("savedViews.deleteConfirm", { name: current?.name ?? "" })}</p>
          <Problem error={remove.error} />
          <div className="row end">
            <button type="button" onClick={close}>
              {t("common:cancel")}
            </button>
            <button type="button" className="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
              {t("savedViews.deleteSubmit")}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
