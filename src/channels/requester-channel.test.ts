import { describe, expect, it } from "vitest";
import { deliveryChannel } from "./requester-channel.ts";

describe("the channel a requester hears back on", () => {
  it("is the one they prefer; WhatsApp goes by email until that channel lands", () => {
    expect(deliveryChannel("email")).toBe("email");
    expect(deliveryChannel("portal")).toBe("portal");
    expect(deliveryChannel("whatsapp")).toBe("email");
  });
});
