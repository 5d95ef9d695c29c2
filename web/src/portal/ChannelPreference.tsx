import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { setPreferredChannel } from "../api/people.ts";
import type { Profile } from "../api/session.ts";
import { ApiError } from "../app/api.ts";
import { useSession } from "../app/session.tsx";
import { Problem } from "../ui/Problem.tsx";
import { Choices } from "./Choices.tsx";

type Channel = Profile["preferredChannel"];
const CHANNELS: readonly Channel[] = ["email", "whatsapp", "portal"];

/**
 * The requester's one channel preference (on /portal/profile): where replies, status changes, visit and
 * remote-session notices and surveys reach them. WhatsApp falls back to email when they have not written to us there
 * in the last 24 hours (WhatsApp's rule), which the choice says up front.
 */
export function ChannelPreference({ profile }: { profile: Profile }) {
  const { t } = useTranslation("portal");
  const { setProfile } = useSession();
  const [channel, setChannel] = useState<Channel>(profile.preferredChannel);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => setPreferredChannel(profile.id, channel),
    onSuccess: (person) => {
      setProfile({ ...profile, preferredChannel: person.preferredChannel });
      setSaved(true);
    },
  });
  const fieldError = save.error instanceof ApiError ? save.error.fieldErrors(["preferredChannel"] as const) : {};
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate();
  };
  return (
    <form className="stack" onSubmit={onSubmit} aria-labelledby="channel-title">
      <h2 id="channel-title">{t("channel.title")}</h2>
      <Choices
        legend={t("channel.legend")}
        hint={t("channel.hint")}
        name="preferredChannel"
        role="radiogroup"
        value={channel}
        onChange={(next) => {
          setSaved(false);
          setChannel(next);
        }}
        error={fieldError.preferredChannel}
        options={CHANNELS.map((c) => ({
          value: c,
          label: (
            <>
              {t(`channel.option.${c}`)} <span className="hint">{t(`channel.optionHint.${c}`)}</span>
            </>
          ),
        }))}
      />
      {fieldError.preferredChannel ? null : <Problem error={save.error} />}
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("channel.saving") : t("channel.save")}
        </button>
      </div>
      <p role="status">{saved ? t("channel.saved", { channel: t(`channel.option.${channel}`) }) : ""}</p>
    </form>
  );
}
