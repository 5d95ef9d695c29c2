import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { Problem } from "../ui/Problem.tsx";
import { fieldErrorMessage, normalizeField } from "./fieldErrors.ts";

// Feedback shared by every admin screen: the "saved" live region, problems, field errors, confirmations.

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/** Renders the polite live region once for the whole admin area; screens call useAnnounce()(message). */
export function AnnounceProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((text: string) => {
    window.clearTimeout(timer.current);
    // Clear first so the same words twice in a row are read again.
    setMessage("");
    window.setTimeout(() => setMessage(text), 50);
    timer.current = window.setTimeout(() => setMessage(""), 6000);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className={message ? "admin-toast" : "visually-hidden"} role="status" aria-live="polite" aria-atomic="true">
        {message ? <span aria-hidden="true">✓ </span> : null}
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);

/** The server's message for a field (or, with nested, for anything under it), translated when it is a known code. */
export function useFieldError(error: unknown) {
  const { t } = useTranslation(["admin", "common"]);
  return (field: string, nested = false): string | undefined => fieldErrorMessage(error, field, nested, t);
}

/** What went wrong with a request, in the reader's language when the code is known, with each field named. */
export function AdminProblem({ error }: { error: unknown }) {
  const { t } = useTranslation(["admin", "common"]);
  if (!error) return null;
  if (!(error instanceof ApiError)) return <Problem error={error} />;
  const summary = t(`errors.${error.code}`, { defaultValue: error.message });
  // A domain error repeats its sentence at its one field: say it once here; list only the field-specific messages.
  const listed = error.errors.filter((e) => e.message !== error.message);
  return (
    <div className="problem" role="alert">
      <p>{summary}</p>
      {listed.length > 0 ? (
        <ul>
          {listed.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <code dir="ltr">{normalizeField(e.field)}</code>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** "Are you sure?" for destructive actions; mount one per screen and drive it with state. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: ReactNode;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  error?: unknown;
  onConfirm(): void;
  onClose(): void;
}) {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <div className="stack">
        {children}
        <AdminProblem error={error} />
        <div className="row">
          <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
            {busy ? t("form.working") : confirmLabel}
          </button>
          <button type="button" onClick={onClose}>
            {t("common:cancel")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

export function Loading() {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <p className="loading" role="status">
      {t("common:loading")}
    </p>
  );
}

/** Loading or failure of a query, else nothing. */
export function QueryState({ query }: { query: { isPending: boolean; error: unknown } }) {
  if (query.error) return <AdminProblem error={query.error} />;
  if (query.isPending) return <Loading />;
  return null;
}

/** Wide tables scroll sideways on phones; the region can be scrolled with the keyboard. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** A group of checkboxes for a set of values. */
export function Checklist<T extends string>({
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  className,
}: {
  legend: ReactNode;
  options: readonly { value: T; label: ReactNode }[];
  value: readonly T[];
  onChange(next: T[]): void;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
}) {
  return (
    <fieldset className={`checklist ${className ?? ""}`} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      <div className="checklist-items">
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A labelled checkbox on its own. */
export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
}: {
  label: ReactNode;
  checked: boolean;
  onChange(next: boolean): void;
  hint?: ReactNode;
}) {
  return (
    <div className="field">
      <label className="choice">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{label}</span>
      </label>
      {hint ? <p className="hint">{hint}</p> : null}
    </div>
  );
}

/** A datetime-local value (the browser's zone) as an ISO instant; empty stays undefined (the API's "now"). */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
