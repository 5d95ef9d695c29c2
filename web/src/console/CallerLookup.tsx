import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation } from "@tanstack/react-query";
import { lookupCaller } from "../api/calls.ts";
import { Problem } from "../ui/Problem.tsx";
import { TelLink } from "../ui/TelLink.tsx";
import type { CallerMatch } from "./types.ts";

type Props = {
  number: string;
  setNumber(value: string): void;
  callerId: string;
  setCallerId(id: string): void;
  matches: CallerMatch[] | null;
  setMatches(matches: CallerMatch[] | null): void;
  error?: string | undefined;
};

/** The caller's number, "Look up", and a choice among the people it matches (or none). */
export function CallerLookup({ number, setNumber, callerId, setCallerId, matches, setMatches, error }: Props) {
  const { t } = useTranslation(["console", "common"]);
  const lookup = useMutation({
    mutationFn: lookupCaller,
    onSuccess: (answer) => {
      setMatches(answer.matches);
      setCallerId(answer.matches.length === 1 ? (answer.matches[0]?.person.id ?? "") : "");
    },
  });
  const chosen = matches?.find((m) => m.person.id === callerId);
  return (
    <fieldset className="caller">
      <legend>{t("call.caller")}</legend>
      <div className="row align-end">
        <div className="field grow">
          <label htmlFor="call-number">{t("call.number")}</label>
          <input
            id="call-number"
            type="tel"
            autoComplete="off"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                if (number.trim()) lookup.mutate(number.trim());
              }
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "call-number-error" : undefined}
          />
        </div>
        <button
          type="button"
          onClick={() => lookup.mutate(number.trim())}
          disabled={!number.trim() || lookup.isPending}
        >
          {t("call.lookUp")}
        </button>
      </div>
      {error ? (
        <p className="error" id="call-number-error" role="alert">
          {error}
        </p>
      ) : null}
      <Problem error={lookup.error} />
      <div aria-live="polite">
        {matches === null ? null : matches.length === 0 ? (
          <p className="hint">{t("call.noMatch")}</p>
        ) : (
          <fieldset className="matches">
            <legend>{t("call.chooseCaller", { count: matches.length })}</legend>
            {matches.map((m) => (
              <label key={m.person.id} className="choice">
                <input
                  type="radio"
                  name="caller"
                  value={m.person.id}
                  checked={callerId === m.person.id}
                  onChange={() => setCallerId(m.person.id)}
                />
                <span>
                  <strong>{m.person.name}</strong> · {m.person.organizationName}
                  <span className="muted">
                    {" "}
                    · {m.person.email}
                    {m.person.phone ? (
                      <>
                        {" · "}
                        <TelLink number={m.person.phone} />
                      </>
                    ) : null}
                  </span>
                </span>
              </label>
            ))}
            <label className="choice">
              <input type="radio" name="caller" value="" checked={callerId === ""} onChange={() => setCallerId("")} />
              <span>{t("call.noneOfThem")}</span>
            </label>
          </fieldset>
        )}
      </div>
      {chosen ? (
        <div className="open-tickets">
          <h2>{t("call.openTickets", { name: chosen.person.name })}</h2>
          {chosen.openTickets.length === 0 ? (
            <p className="hint">{t("call.noOpenTickets")}</p>
          ) : (
            <ul className="plain-list">
              {chosen.openTickets.map((o) => (
                <li key={o.id}>
                  <Link to={`/console/tickets/${o.number}`}>#{o.number}</Link> {o.subject}{" "}
                  <span className={`badge ${o.priority}`}>{t(`common:priority.${o.priority}`)}</span>{" "}
                  <span className="muted">{t(`common:status.${o.status}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
