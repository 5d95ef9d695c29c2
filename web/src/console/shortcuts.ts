import { useEffect, useRef } from "react";

export type ShortcutMap = Partial<Record<string, () => void>>;

/** Whether a key press belongs to what the person is typing (fields, editors) rather than to us. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (target as HTMLInputElement).type;
    return !["checkbox", "radio", "button", "submit", "reset"].includes(type);
  }
  return false;
}

/**
 * Single-key shortcuts ("j", "k", "?") and the "g then q" sequence ("g q" in the map), ignored while typing in a
 * field, with a modifier held, or while a dialog is open.
 */
export function useShortcuts(map: ShortcutMap): void {
  const ref = useRef(map);
  ref.current = map;
  useEffect(() => {
    let pending: string | null = null;
    let pendingTimer: ReturnType<typeof setTimeout> | undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typing(event.target) || document.querySelector("dialog[open]")) return;
      const key = event.key;
      const handlers = ref.current;
      if (pending) {
        const sequence = handlers[`${pending} ${key}`];
        pending = null;
        clearTimeout(pendingTimer);
        if (sequence) {
          event.preventDefault();
          sequence();
          return;
        }
      }
      if (Object.keys(handlers).some((k) => k.startsWith(`${key} `))) {
        pending = key;
        pendingTimer = setTimeout(() => (pending = null), 1500);
        return;
      }
      const handler = handlers[key];
      if (!handler) return;
      // Enter on a link or button keeps its own meaning.
      if (key === "Enter" && event.target instanceof HTMLElement && event.target.closest("a, button")) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      clearTimeout(pendingTimer);
    };
  }, []);
}
