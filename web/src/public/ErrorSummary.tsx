import { forwardRef, useEffect, useRef, useState } from "react";
import "./error-summary.css";

export type SummaryItem = { id: string; message: string };

/**
 * The list of problems shown above a form after a failed submit: it takes focus (the caller focuses the ref),
 * and each entry links to its field.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { title: string; items: SummaryItem[] }>(function ErrorSummary(
  { title, items },
  ref,
) {
  if (items.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(item.id)?.focus();
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});

/**
 * A form's field errors and its summary: `show` puts the errors found on a submit and, once the summary is on
 * screen, takes focus to it (keyboard and screen-reader users land on the list of problems); `fixing` clears one
 * field's error as soon as the person changes that field, the rest staying until the next submit.
 */
export function useFormErrors<Field extends string>() {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failedAttempts, setFailedAttempts] = useState(0);
  useEffect(() => {
    if (failedAttempts > 0) summaryRef.current?.focus();
  }, [failedAttempts]);
  const show = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    setFailedAttempts((n) => n + 1);
  };
  const fixing = (field: Field) =>
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  return { errors, summaryRef, show, fixing, clear: () => setErrors({}) };
}
