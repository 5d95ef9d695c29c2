import { describe, expect, it } from "vitest";
import { API_TYPES_COMMAND, API_TYPES_FILE, apiTypesCurrent } from "./api-types.ts";

describe("the web app's generated API types", () => {
  it("say what the routes say now (otherwise run the command named in the failure)", async () => {
    const { current } = await apiTypesCurrent();
    expect(current, `${API_TYPES_FILE} is stale: run \`${API_TYPES_COMMAND}\` and commit it`).toBe(true);
  });
});
