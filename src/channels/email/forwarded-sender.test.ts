import { describe, expect, it } from "vitest";
import { forwardedSender } from "./forwarded-sender.ts";

describe("the first sender named in forwarded content", () => {
  it.each([
    [
      "Gmail",
      "FYI\n\n---------- Forwarded message ---------\nFrom: Sana Iqbal <Sana@Indus-Textiles.example>\nDate: Mon",
      "sana@indus-textiles.example",
    ],
    [
      "Outlook plain text",
      "See below\n\n________________________________\n*From:* bilal@ravi-foods.example\n*Sent:* Monday",
      "bilal@ravi-foods.example",
    ],
    [
      "German Outlook",
      "Bitte ansehen\n\nVon: Jonas Weber <jonas@weber.example>\nGesendet: Montag",
      "jonas@weber.example",
    ],
    ["quoted", '> From: "Ali, Raza" <ali@indus.example>\n> Sent: today', "ali@indus.example"],
    ["French", "De : marie@client.example\nEnvoyé : lundi", "marie@client.example"],
  ])("%s", (_, text, expected) => {
    expect(forwardedSender(text)).toBe(expected);
  });

  it("skips the forwarding agent and our own mailboxes, and says null when no sender is named", () => {
    const text =
      "From: Agent <agent@frontline.example>\n\nFrom: support@frontline.example\nFrom: Sana <sana@x.example>";
    expect(forwardedSender(text, ["AGENT@frontline.example", "support@frontline.example"])).toBe("sana@x.example");
    expect(forwardedSender("Please look at the printer. From now on it is broken.")).toBeNull();
    expect(forwardedSender("")).toBeNull();
  });
});
