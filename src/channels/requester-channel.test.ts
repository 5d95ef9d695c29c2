import { describe, expect, it } from "vitest";
import { deliveryChannel, whatsappFallback } from "./requester-channel.ts";

describe("the channel a requester hears back on", () => {
  it("is the one they prefer", () => {
    expect(deliveryChannel("email")).toBe("email");
    expect(deliveryChannel("portal")).toBe("portal");
    expect(deliveryChannel("whatsapp")).toBe("whatsapp");
  });

  it("is WhatsApp only inside the 24-hour window of the person's last WhatsApp message, else email and why", () => {
    const day = 24 * 3_600_000;
    const now = new Date("2026-03-02T12:00:00Z");
    expect(whatsappFallback(null, now, day)).toBe("whatsapp_no_conversation");
    expect(whatsappFallback(new Date("2026-03-01T12:00:01Z"), now, day)).toBeNull();
    expect(whatsappFallback(new Date("2026-03-01T12:00:00Z"), now, day)).toBe("whatsapp_window_closed");
  });
});
