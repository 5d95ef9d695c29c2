import { useCallback, useEffect, useState } from "react";

export type ThemeChoice = "system" | "light" | "dark";
const STORAGE_KEY = "frontline.theme";

function apply(choice: ThemeChoice): void {
  const dark = choice === "dark" || (choice === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

/** Applies the stored theme before the first paint (called from main.tsx). */
export function applyStoredTheme(): void {
  apply((window.localStorage.getItem(STORAGE_KEY) as ThemeChoice | null) ?? "system");
}

/** Light, dark or the system's choice, remembered per browser. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(
    () => (window.localStorage.getItem(STORAGE_KEY) as ThemeChoice | null) ?? "system",
  );
  useEffect(() => {
    apply(choice);
    if (choice !== "system") return;
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const follow = () => apply("system");
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, [choice]);
  const choose = useCallback((next: ThemeChoice) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setChoice(next);
  }, []);
  return [choice, choose];
}
