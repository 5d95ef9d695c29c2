import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRemoteTools } from "../../api/remote.ts";
import { QueryState, TableScroll } from "../feedback.tsx";
import { RemoteToolForm } from "./RemoteToolForm.tsx";

/**
 * /admin/remote-tools: the remote-access tools agents pick from when they ask for a session (RDP, AnyDesk, …), in
 * their order, with their launch links. A tool is set aside (not active) rather than removed: past sessions name it.
 */
export function RemoteToolsPage() {
  const { t } = useTranslation(["admin", "common"]);
  const query = useRemoteTools(true);
  const [editing, setEditing] = useState<string | null>(null);
  const items = query.data ?? [];
  const nextPosition = items.reduce((max, x) => Math.max(max, x.position + 1), 0);
  return (
    <div className="page stack">
      <h1>{t("sections.remote-tools.title")}</h1>
      <p>{t("sections.remote-tools.description")}</p>
      <QueryState query={query} />
      {query.data && items.length === 0 ? <p>{t("form.empty")}</p> : null}
      <TableScroll label={t("sections.remote-tools.title")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("remoteTools.name")}</th>
              <th scope="col">{t("remoteTools.launchTemplate")}</th>
              <th scope="col">{t("remoteTools.requesterSees")}</th>
              <th scope="col">{t("form.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((tool) => (
              <tr key={tool.id}>
                <td>
                  {tool.name}
                  {tool.active ? null : <span className="muted"> ({t("form.inactive")})</span>}
                </td>
                <td dir="ltr">{tool.launchTemplate || "—"}</td>
                <td>
                  {tool.linkForRequester ? t("remoteTools.linkAndInstructions") : t("remoteTools.instructionsOnly")}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => setEditing(tool.id)}
                    aria-label={t("remoteTools.edit", { name: tool.name })}
                  >
                    {t("form.edit")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {editing ? (
        <RemoteToolForm
          key={editing}
          tool={items.find((x) => x.id === editing)}
          nextPosition={nextPosition}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <h2>{t("remoteTools.new")}</h2>
      <RemoteToolForm key={`new-${nextPosition}`} nextPosition={nextPosition} onDone={() => undefined} />
    </div>
  );
}
