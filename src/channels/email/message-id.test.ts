import { describe, expect, it } from "vitest";
import { checkMessageId, domainOf, signedMessageId } from "./message-id.ts";

describe("our signed Message-IDs", () => {
  it("name their ticket, and only under our key", () => {
    const id = signedMessageId("key-one", 10001, "frontline.example");
    expect(id).toMatch(/^<ft\.10001\.[\w-]+\.[\w-]+@frontline\.example>$/);
    expect(checkMessageId("key-one", id)).toEqual({ kind: "ours", ticketNumber: 10001 });
    expect(checkMessageId("key-two", id)).toEqual({ kind: "forged" });
  });

  it("refuses an id whose ticket number was changed", () => {
    const id = signedMessageId("key-one", 10001, "frontline.example");
    expect(checkMessageId("key-one", id.replace("ft.10001.", "ft.10002."))).toEqual({ kind: "forged" });
  });

  it("leaves other senders' ids alone", () => {
    expect(checkMessageId("key-one", "<CAF=abc@mail.gmail.com>")).toEqual({ kind: "foreign" });
  });

  it("takes the domain of a mailbox address", () => {
    expect(domainOf("support@frontline.example")).toBe("frontline.example");
  });
});
