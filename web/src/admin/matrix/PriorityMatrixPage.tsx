import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { savePriorityMatrix, usePriorityMatrix } from "../../api/reference.ts";
import { keys, useSave } from "../data.ts";
import { AdminProblem, QueryState, TableScroll, useFieldError } from "../feedback.tsx";
import type { PriorityMatrix } from "../types.ts";
import { IMPACTS, PRIORITIES, URGENCIES, type Priority } from "../vocab.ts";

function MatrixForm({ initial }: { initial: PriorityMatrix }) {
  const { t } = useTranslation(["admin", "common"]);
  const [matrix, setMatrix] = useState(initial);
  const save = useSave(() => savePriorityMatrix(matrix), {
    invalidate: [keys.matrix],
    message: t("matrix.saved"),
  });
  const errorAt = useFieldError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TableScroll label={t("sections.priority-matrix.title")}>
        <table className="matrix">
          <caption className="visually-hidden">{t("matrix.caption")}</caption>
          <thead>
            <tr>
              <td />
              {URGENCIES.map((u) => (
                <th key={u} scope="col">
                  {t("matrix.urgency", { level: t(`matrix.level.${u}`) })}
                  <div className="muted-small">{t(`common:urgency.${u}`)}</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {IMPACTS.map((i) => (
              <tr key={i}>
                <th scope="row">
                  {t("matrix.impact")}
                  <div>{t(`common:impact.${i}`)}</div>
                </th>
                {URGENCIES.map((u) => {
                  const id = `matrix-${i}-${u}`;
                  const error = errorAt(`${i}.${u}`);
                  return (
                    <td key={u}>
                      <label htmlFor={id} className="visually-hidden">
                        {t("matrix.cellLabel", { impact: t(`common:impact.${i}`), urgency: t(`common:urgency.${u}`) })}
                      </label>
                      <select
                        id={id}
                        value={matrix[i][u]}
                        aria-invalid={error ? true : undefined}
                        onChange={(e) =>
                          setMatrix({ ...matrix, [i]: { ...matrix[i], [u]: e.target.value as Priority } })
                        }
                      >
                        {PRIORITIES.map((p) => (
                          <option key={p} value={p}>
                            {t(`common:priority.${p}`)}
                          </option>
                        ))}
                      </select>
                      <div className="muted-small" aria-hidden="true">
                        <span className={`badge ${matrix[i][u]}`}>{t(`common:priority.${matrix[i][u]}`)}</span>
                      </div>
                      {error ? (
                        <p className="error" role="alert">
                          {error}
                        </p>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <AdminProblem error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("form.saving") : t("matrix.save")}
        </button>
      </div>
    </form>
  );
}

/** /admin/priority-matrix: impact (rows) × urgency (columns) → priority, replaced as a whole. */
export function PriorityMatrixPage() {
  const { t } = useTranslation(["admin", "common"]);
  const query = usePriorityMatrix();
  return (
    <div className="page stack">
      <h1>{t("sections.priority-matrix.title")}</h1>
      <p className="muted">{t("matrix.intro")}</p>
      {query.data ? <MatrixForm key={JSON.stringify(query.data)} initial={query.data} /> : <QueryState query={query} />}
    </div>
  );
}
