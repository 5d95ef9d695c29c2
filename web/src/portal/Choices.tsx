import { useId, type ReactNode } from "react";

/**
 * A fieldset of radio buttons with its legend, hint and error (the error is tied to the group by
 * aria-describedby). The first radio's id is `${idBase}-0`, for an error summary to link to.
 */
export function Choices<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  error,
  hint,
  idBase,
  role,
}: {
  legend: ReactNode;
  name: string;
  options: ReadonlyArray<{ value: V; label: ReactNode }>;
  value: V | "";
  onChange(value: V): void;
  error?: string | undefined;
  hint?: ReactNode;
  idBase?: string;
  role?: "radiogroup";
}) {
  const auto = useId();
  const base = idBase ?? auto;
  const describedBy = [hint ? `${base}-hint` : "", error ? `${base}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      className={error ? "choices invalid" : "choices"}
      aria-describedby={describedBy}
      role={role}
      aria-labelledby={role ? `${base}-legend` : undefined}
      aria-invalid={role && error ? true : undefined}
    >
      <legend id={`${base}-legend`}>{legend}</legend>
      {hint ? (
        <p className="hint" id={`${base}-hint`}>
          {hint}
        </p>
      ) : null}
      {options.map((option, index) => (
        <label key={option.value} className="choice" htmlFor={`${base}-${index}`}>
          <input
            id={`${base}-${index}`}
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {error ? (
        <p className="error" id={`${base}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
