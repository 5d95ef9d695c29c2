import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { addMessage, uploadAttachment } from "../api/ticket-actions.ts";
import { ApiError } from "../app/api.ts";
import { useIdempotencyKey } from "../app/idempotency.ts";
import { useSettings } from "../api/settings.ts";
import { TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import { formatSize, type Ticket } from "./types.ts";
import { fileProblem, REPLY_MAX } from "./validate.ts";

/**
 * Write back to the support team, optionally with a file. A reply to a resolved request reopens it (the API moves
 * it back to open); a closed request takes no more replies, so it points to a new request instead.
 */
export function ReplyForm({ ticket, refKey }: { ticket: Ticket; refKey: string }) {
  const { t } = useTranslation(["portal", "common"]);
  const attachmentRules = useSettings().data?.attachments;
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ body?: string; file?: string }>({});
  const [sent, setSent] = useState<string | null>(null);
  const submission = useIdempotencyKey();
  // The file already uploaded for this submission: a resend must name the same attachment, or the API would see
  // another body under the same key (and refuse it) instead of answering the reply it already took.
  const uploaded = useRef<{ key: string; file: File; id: string } | null>(null);

  const send = useMutation({
    mutationFn: async () => {
      const attachmentIds: string[] = [];
      if (file && uploaded.current?.key === submission.key && uploaded.current.file === file)
        attachmentIds.push(uploaded.current.id);
      else if (file) {
        const id = (await uploadAttachment(ticket.id, file)).id;
        uploaded.current = { key: submission.key, file, id };
        attachmentIds.push(id);
      }
      return addMessage(
        ticket.id,
        "reply",
        { body: body.trim(), ...(attachmentIds.length ? { attachmentIds } : {}) },
        {
          idempotencyKey: submission.key,
        },
      );
    },
    onSuccess: (updated) => {
      submission.renew();
      setSent(
        ticket.status === "resolved" && updated.status !== "resolved" ? t("reply.sentReopened") : t("reply.sent"),
      );
      setBody("");
      setFile(null);
      const picker = document.getElementById("reply-file") as HTMLInputElement | null;
      if (picker) picker.value = "";
      queryClient.setQueryData(["ticket", refKey], updated);
      void queryClient.invalidateQueries({ queryKey: ["ticket", refKey] });
      void queryClient.invalidateQueries({ queryKey: ["tickets"] });
    },
    onError: (error) => {
      if (error instanceof ApiError) {
        const next = { body: error.fieldError("body"), file: error.fieldError("file") };
        if (next.body || next.file) setErrors(next);
      }
    },
  });

  if (ticket.status === "closed") {
    return (
      <section aria-labelledby="reply-title" className="card">
        <h2 id="reply-title">{t("reply.title")}</h2>
        <p>{t("reply.closed")}</p>
        <Link to="/portal/new">{t("reply.newRequest")}</Link>
      </section>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const found: { body?: string; file?: string } = {};
    if (!body.trim()) found.body = t("reply.errors.required");
    else if (body.trim().length > REPLY_MAX) found.body = t("reply.errors.long", { max: REPLY_MAX });
    const fp = fileProblem(file, attachmentRules);
    if (fp) found.file = t(`new.errors.file.${fp}`, { max: formatSize(attachmentRules?.maxBytes ?? 0) });
    setErrors(found);
    // Focus the first field at fault: its error is read with it (aria-describedby).
    if (found.body || found.file) return document.getElementById(found.body ? "reply-body" : "reply-file")?.focus();
    send.mutate();
  };

  const fieldShown = !!(errors.body || errors.file);
  return (
    <section aria-labelledby="reply-title">
      <h2 id="reply-title">{t("reply.title")}</h2>
      {ticket.status === "resolved" ? <p className="notice">{t("reply.reopenNotice")}</p> : null}
      <form className="stack" noValidate onSubmit={onSubmit}>
        <TextArea
          id="reply-body"
          label={t("reply.body")}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={4}
          dir="auto"
          required
          aria-required
          error={errors.body}
        />
        <TextField
          id="reply-file"
          type="file"
          label={t("reply.file")}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          error={errors.file}
        />
        {fieldShown ? null : <Problem error={send.error} />}
        <div className="row">
          <button type="submit" className="primary" disabled={send.isPending}>
            {send.isPending ? t("reply.sending") : t("reply.send")}
          </button>
          <span role="status" className="sent">
            {sent}
          </span>
        </div>
      </form>
    </section>
  );
}
