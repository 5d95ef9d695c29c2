import { forwardRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { addMessage, uploadAttachment } from "../api/ticket-actions.ts";
import { ApiError } from "../app/api.ts";
import { useIdempotencyKey } from "../app/idempotency.ts";
import { Problem } from "../ui/Problem.tsx";
import { CannedPicker } from "./CannedPicker.tsx";
import type { Attachment, Ticket } from "./types.ts";

export type ComposeMode = "reply" | "note";

type Props = { ticket: Ticket; ticketRef: string; mode: ComposeMode; setMode(mode: ComposeMode): void };

/**
 * Reply to the requester or add an internal note, with attachments (uploaded first), canned responses and
 * knowledge base articles (a link or the text).
 */
export const Composer = forwardRef<HTMLTextAreaElement, Props>(function Composer(
  { ticket, ticketRef, mode, setMode },
  textareaRef,
) {
  const { t } = useTranslation(["console", "common"]);
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [files, setFiles] = useState<Attachment[]>([]);
  const [sent, setSent] = useState("");
  const [blank, setBlank] = useState(false);
  const submission = useIdempotencyKey();

  const upload = useMutation({
    mutationFn: async (list: File[]) => {
      const done: Attachment[] = [];
      for (const file of list) {
        done.push(await uploadAttachment(ticket.id, file));
      }
      return done;
    },
    onSuccess: (done) => setFiles((prev) => [...prev, ...done]),
  });

  const send = useMutation({
    mutationFn: () =>
      addMessage(
        ticket.id,
        mode,
        {
          body,
          ...(files.length > 0 ? { attachmentIds: files.map((f) => f.id) } : {}),
        },
        { idempotencyKey: submission.key },
      ),
    onSuccess: () => {
      submission.renew();
      setBody("");
      setFiles([]);
      setSent(mode === "note" ? t("composer.noteAdded") : t("composer.replySent"));
      void queryClient.invalidateQueries({ queryKey: ["ticket", ticketRef] });
      void queryClient.invalidateQueries({ queryKey: ["tickets"] });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent("");
    setBlank(!body.trim());
    if (body.trim()) send.mutate();
    else if (textareaRef && "current" in textareaRef) textareaRef.current?.focus();
  };

  const insert = (text: string) => {
    const area = textareaRef && "current" in textareaRef ? textareaRef.current : null;
    const at = area ? area.selectionStart : body.length;
    const end = area ? area.selectionEnd : body.length;
    setBody(body.slice(0, at) + text + body.slice(end));
    area?.focus();
  };

  const bodyError =
    blank && !body.trim()
      ? t("composer.blank")
      : send.error instanceof ApiError
        ? send.error.fieldError("body")
        : undefined;
  const allowed = mode === "note" ? ticket.abilities.note : ticket.abilities.reply;

  return (
    <section aria-labelledby="composer-heading" className={`composer card ${mode}`}>
      <h2 id="composer-heading">{t("composer.heading")}</h2>
      <form onSubmit={submit} className="stack" noValidate>
        <fieldset className="mode-choice">
          <legend>{t("composer.kind")}</legend>
          <label className="choice">
            <input
              type="radio"
              name="compose-mode"
              value="reply"
              checked={mode === "reply"}
              onChange={() => setMode("reply")}
            />
            <span>{t("composer.reply")}</span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="compose-mode"
              value="note"
              checked={mode === "note"}
              onChange={() => setMode("note")}
            />
            <span>{t("composer.note")}</span>
          </label>
        </fieldset>
        <p className="hint" id="composer-who">
          {mode === "note" ? t("composer.noteHint") : t("composer.replyHint")}
        </p>
        <div className="field">
          <label htmlFor="composer-body">{t("composer.message")}</label>
          <textarea
            id="composer-body"
            ref={textareaRef}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={6}
            required
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={bodyError ? "composer-who composer-body-error" : "composer-who"}
          />
          {bodyError ? (
            <p className="error" id="composer-body-error" role="alert">
              {bodyError}
            </p>
          ) : null}
        </div>
        <CannedPicker ticketId={ticket.id} onInsert={insert} />
        {ticket.abilities.attach ? (
          <div className="field">
            <label htmlFor="composer-files">{t("composer.attachments")}</label>
            <input
              id="composer-files"
              type="file"
              multiple
              disabled={upload.isPending}
              onChange={(e) => {
                const list = [...(e.target.files ?? [])];
                e.target.value = "";
                if (list.length > 0) upload.mutate(list);
              }}
            />
            {upload.isPending ? (
              <p className="hint" role="status">
                {t("composer.uploading")}
              </p>
            ) : null}
            <Problem error={upload.error} />
            {files.length > 0 ? (
              <ul className="attachments">
                {files.map((f) => (
                  <li key={f.id}>
                    {f.filename}{" "}
                    <button
                      type="button"
                      className="link"
                      onClick={() => setFiles((prev) => prev.filter((x) => x.id !== f.id))}
                      aria-label={t("composer.removeNamed", { name: f.filename })}
                    >
                      {t("composer.remove")}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {send.error instanceof ApiError && send.error.fieldError("body") ? null : <Problem error={send.error} />}
        <div className="row">
          <button type="submit" className="primary" disabled={send.isPending || upload.isPending || !allowed}>
            {mode === "note" ? t("composer.addNote") : t("composer.sendReply")}
          </button>
          <span role="status" className="hint">
            {sent}
          </span>
        </div>
      </form>
    </section>
  );
});
