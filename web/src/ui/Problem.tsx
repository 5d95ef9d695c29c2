import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api.ts";

/** Shows what went wrong with a request in words, with the server's field messages. */
export function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : t("error.network");
  const fields = error instanceof ApiError ? error.errors : [];
  return (
    <div className="problem" role="alert">
      <p>{message}</p>
      {fields.length > 0 ? (
        <ul>
          {fields.map((f) => (
            <li key={`${f.field}:${f.message}`}>
              <code>{f.field.replace(/^body\./, "")}</code>: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
