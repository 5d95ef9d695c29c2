import { describe, expect, it } from "vitest";
import { deliveryOf } from "./delivery-state.ts";

describe("the delivery a reply shows", () => {
  it("is queued while the mail waits in the outbox (no SMTP_URL keeps it there)", () => {
    expect(deliveryOf({ status: "queued", lastError: null })).toEqual({ state: "queued", detail: null });
  });

  it("is sent once SMTP took it", () => {
    expect(deliveryOf({ status: "sent", lastError: null })).toEqual({ state: "sent", detail: null });
  });

  it("is retrying, with the last failure, while attempts remain", () => {
    expect(deliveryOf({ status: "queued", lastError: "not delivered: connect ECONNREFUSED 127.0.0.1:25" })).toEqual({
      state: "retrying",
      detail: "connect ECONNREFUSED 127.0.0.1:25",
    });
  });

  it("is not delivered, with the reason, once the attempts ran out", () => {
    expect(deliveryOf({ status: "failed", lastError: "not delivered: 550 5.1.1 no such user" })).toEqual({
      state: "not-delivered",
      detail: "550 5.1.1 no such user",
    });
    expect(deliveryOf({ status: "failed", lastError: null })).toEqual({
      state: "not-delivered",
      detail: "unknown reason",
    });
  });
});
