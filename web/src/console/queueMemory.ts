/** The queue the agent last looked at: its address and the ticket numbers in order, so "Next ticket" follows it. */
export type QueueMemory = { path: string; numbers: number[] };

const KEY = "frontline.console.queue";

export function rememberQueue(memory: QueueMemory): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // Private mode or full storage: "Next ticket" simply stays unavailable.
  }
}

export function recallQueue(): QueueMemory | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<QueueMemory>;
    if (typeof parsed.path !== "string" || !Array.isArray(parsed.numbers)) return null;
    return { path: parsed.path, numbers: parsed.numbers.filter((n): n is number => typeof n === "number") };
  } catch {
    return null;
  }
}

/** The ticket numbers before and after this one in the remembered queue. */
export function neighbours(number: number): { previous: number | null; next: number | null; path: string } {
  const memory = recallQueue();
  if (!memory) return { previous: null, next: null, path: "/console" };
  const at = memory.numbers.indexOf(number);
  if (at < 0) return { previous: null, next: memory.numbers[0] ?? null, path: memory.path };
  return { previous: memory.numbers[at - 1] ?? null, next: memory.numbers[at + 1] ?? null, path: memory.path };
}
