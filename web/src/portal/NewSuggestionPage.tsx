import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { sendSuggestion, suggestionKeys } from "../api/suggestions.ts";
import { TextArea, TextField } from "../ui/Field.tsx";
import { Problem } from "../ui/Problem.tsx";
import "./portal.css";

/** /portal/suggestions/new: a signed-in suggestion, which then waits in the sender's list for the managers' answer. */
export default function NewSuggestionPage() {
  const { t } = useTranslation(["portal", "common"]);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const send = useMutation({
    mutationFn: () => sendSuggestion({ title: title.trim(), body: body.trim() }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: suggestionKeys.list("") });
      navigate("/portal/suggestions");
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <section className="page narrow portal" aria-labelledby="new-suggestion-title">
      <h1 id="new-suggestion-title">{t("suggestions.new")}</h1>
      <form className="card stack" onSubmit={onSubmit}>
        <TextField
          label={t("suggestions.fieldTitle")}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
          dir="auto"
        />
        <TextArea
          label={t("suggestions.fieldBody")}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          required
          rows={5}
          maxLength={5000}
          dir="auto"
        />
        <Problem error={send.error} />
        <div className="row end">
          <Link to="/portal/suggestions">{t("common:cancel")}</Link>
          <button type="submit" className="primary" disabled={send.isPending}>
            {t("suggestions.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
