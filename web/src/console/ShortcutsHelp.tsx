import { useTranslation } from "react-i18next";
import { Dialog } from "../ui/Dialog.tsx";

const SHORTCUTS = [
  { keys: ["j"], what: "next" },
  { keys: ["k"], what: "previous" },
  { keys: ["Enter"], what: "openTicket" },
  { keys: ["r"], what: "reply" },
  { keys: ["n"], what: "note" },
  { keys: ["t"], what: "take" },
  { keys: ["s"], what: "status" },
  { keys: ["e"], what: "escalate" },
  { keys: ["g", "q"], what: "queue" },
  { keys: ["?"], what: "help" },
] as const;

/** The list of keyboard shortcuts, opened with "?". */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(["console", "common"]);
  if (!open) return null;
  return (
    <Dialog open title={t("shortcuts.title")} onClose={onClose}>
      <p className="hint">{t("shortcuts.hint")}</p>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t("shortcuts.keys")}</th>
            <th scope="col">{t("shortcuts.action")}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.what}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ` ${t("shortcuts.then")} ` : ""}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`shortcuts.${s.what}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row end">
        <button type="button" onClick={onClose}>
          {t("common:close")}
        </button>
      </div>
    </Dialog>
  );
}
