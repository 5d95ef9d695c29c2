import { describe, expect, it } from "vitest";
import { applyPatch, changedValues, diffFields, hasChanges, withSecrets } from "./audit.ts";

describe("audit diff", () => {
  const fields = ["name", "tier", "leadId", "when", "ids"] as const;
  type G = { name: string; tier: number; leadId: string | null; when: Date; ids: string[] };
  const before: G = { name: "Desk", tier: 1, leadId: null, when: new Date("2026-01-01T00:00:00Z"), ids: ["a"] };

  it("lists every set field of a creation, from null", () => {
    expect(diffFields<G>(null, before, fields)).toEqual({
      name: { from: null, to: "Desk" },
      tier: { from: null, to: 1 },
      when: { from: null, to: "2026-01-01T00:00:00.000Z" },
      ids: { from: null, to: ["a"] },
    });
  });

  it("lists only what an update changed, comparing dates and arrays by value", () => {
    const after = applyPatch(before, {
      tier: 2,
      when: new Date("2026-01-01T00:00:00Z"),
      ids: ["a"],
      leadId: undefined,
    });
    expect(diffFields(before, after, fields)).toEqual({ tier: { from: 1, to: 2 } });
    expect(changedValues(after, diffFields(before, after, fields))).toEqual({ tier: 2 });
  });

  it("records a secret only as [changed], never its value", () => {
    const changes = withSecrets({ name: { from: "a", to: "b" } }, { password: true, other: false });
    expect(changes).toEqual({ name: { from: "a", to: "b" }, password: "[changed]" });
    expect(changedValues({ name: "b" }, changes)).toEqual({ name: "b" });
    expect(hasChanges(withSecrets({}, { password: false }))).toBe(false);
  });
});
