import { describe, expect, it } from "vitest";
import { deliveryAfter, inServiceWindow, serviceWindowEnd } from "./delivery.ts";
import { readInboundMessage } from "./inbound-message.ts";
import { splitText } from "./outbound-whatsapp.job.ts";
import { verifyWebhookSignature } from "./signature.ts";
import { readWebhook } from "./webhook-payload.ts";

const contact = { profile: { name: "Imran Qureshi" }, wa_id: "923001234567" };
const read = (type: string, body: Record<string, unknown>) =>
  readInboundMessage({ from: "923001234567", id: "wamid.X", timestamp: "1764050000", type, ...body }, contact);

describe("reading an inbound WhatsApp message", () => {
  it("makes ticket text of every type Meta sends", () => {
    expect(read("text", { text: { body: "Hello" } }).text).toBe("Hello");
    expect(read("image", { image: { id: "1", mime_type: "image/jpeg", caption: "Error" } })).toMatchObject({
      text: "Error",
      media: { mediaId: "1", mimeType: "image/jpeg", filename: null, kind: "image" },
    });
    for (const kind of ["audio", "video", "sticker", "document"])
      expect(read(kind, { [kind]: { id: "9", mime_type: "x/y" } }).media).toMatchObject({ mediaId: "9", kind });
    expect(
      read("location", { location: { latitude: 24.8, longitude: 67, name: "Office", address: "Main St" } }).text,
    ).toBe("Location: Office, Main St (24.8, 67)");
    expect(
      read("contacts", { contacts: [{ name: { formatted_name: "Ali" }, phones: [{ phone: "+92 300 1234567" }] }] })
        .text,
    ).toBe("Contact: Ali (+92 300 1234567)");
    expect(
      read("interactive", { interactive: { type: "button_reply", button_reply: { id: "b", title: "Yes" } } }).text,
    ).toBe("Yes");
    expect(
      read("interactive", {
        interactive: { type: "list_reply", list_reply: { id: "l", title: "Printer", description: "Floor 3" } },
      }).text,
    ).toBe("Printer — Floor 3");
    expect(read("button", { button: { payload: "p", text: "Call me" } }).text).toBe("Call me");
    expect(read("reaction", { reaction: { message_id: "wamid.OUT", emoji: "👍" } })).toMatchObject({
      text: "Reacted 👍",
      contextId: "wamid.OUT",
    });
  });

  it("keeps an unknown type as a note naming it, never an error", () => {
    expect(read("ephemeral", {})).toMatchObject({
      unknownType: "ephemeral",
      text: expect.stringContaining("ephemeral"),
    });
  });

  it("names the sender by wa_id (a phone number), else by user id", () => {
    expect(read("text", { text: { body: "x" } })).toMatchObject({
      senderId: "923001234567",
      phone: "+923001234567",
      name: "Imran Qureshi",
    });
    const userOnly = readInboundMessage({ from_user_id: "US.1", id: "w", type: "text", text: { body: "x" } }, null);
    expect(userOnly).toMatchObject({ senderId: "user:US.1", phone: null });
    expect(readInboundMessage({ id: "w", type: "text" }, null).senderId).toBeNull();
  });
});

describe("receipts and the customer-service window", () => {
  it("only moves a message's delivery forward", () => {
    expect(deliveryAfter("sent", "read")).toBe("read");
    expect(deliveryAfter("read", "delivered")).toBeNull();
    expect(deliveryAfter("read", "failed")).toBeNull();
    expect(deliveryAfter("sent", "failed")).toBe("failed");
    expect(deliveryAfter("failed", "read")).toBeNull();
    expect(deliveryAfter("sent", "deleted")).toBeNull();
  });

  it("is open for 24 hours after the customer's last message", () => {
    const at = new Date("2026-03-02T09:00:00Z");
    expect(serviceWindowEnd(at)?.toISOString()).toBe("2026-03-03T09:00:00.000Z");
    expect(inServiceWindow(at, new Date("2026-03-03T08:59:59Z"))).toBe(true);
    expect(inServiceWindow(at, new Date("2026-03-03T09:00:00Z"))).toBe(false);
    expect(inServiceWindow(null, at)).toBe(false);
  });
});

describe("the webhook envelope", () => {
  it("verifies Meta's known HMAC vector and refuses other shapes", () => {
    const header = "sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914";
    expect(verifyWebhookSignature(["secret"], Buffer.from("test"), header)).toBe(true);
    expect(
      verifyWebhookSignature(
        ["other", "secret"],
        Buffer.from("test"),
        header.toUpperCase().replace("SHA256", "sha256"),
      ),
    ).toBe(true);
    expect(verifyWebhookSignature(["secret"], Buffer.from("test "), header)).toBe(false);
    expect(verifyWebhookSignature([], Buffer.from("test"), header)).toBe(false);
    expect(verifyWebhookSignature(["secret"], Buffer.from("test"), "sha1=abc")).toBe(false);
  });

  it("reads every message and status, keyed for deduplication, and names what it does not know", () => {
    const body = {
      object: "whatsapp_business_account",
      entry: [
        {
          changes: [
            {
              field: "messages",
              value: {
                metadata: { phone_number_id: "1" },
                messages: [{ id: "m1", from: "2", type: "text" }, { nope: true }],
                statuses: [{ id: "m0", status: "read" }],
                surprise: 1,
              },
            },
            // A field the desk does not subscribe to, and a group field too empty to say which number it is for.
            { field: "account_alerts", value: {} },
            { field: "group_participants_update", value: {} },
          ],
        },
      ],
    };
    const { items, unknown } = readWebhook(body);
    expect(items.map((i) => i.dedupeKey)).toEqual(["m:m1", "s:m0:read"]);
    expect(unknown).toEqual([
      "message without id",
      "value.surprise",
      "field account_alerts",
      "group_participants_update without metadata.phone_number_id",
    ]);
    expect(readWebhook("nonsense").items).toEqual([]);
  });
});

describe("splitting a long reply", () => {
  it("sends WhatsApp-sized parts that add up to the whole", () => {
    const body = `${"word ".repeat(2000)}end`;
    const parts = splitText(body);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join("")).toBe(body);
    expect(splitText("short")).toEqual(["short"]);
  });
});
