import { describe, expect, it } from "vitest";
import { classifyNoise, type Noise } from "./noise.ts";

const ours = new Set(["support@frontline.example"]);

function classify(
  headers: Record<string, string | string[]>,
  from: string | null = "ali@client.example",
  contentType = "text/plain",
) {
  const map = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v : [v]]));
  return classifyNoise({ headers: map, from, contentType, ourAddresses: ours });
}

describe("auto-replies, bounces and loops never open tickets", () => {
  const table: Array<[string, Record<string, string | string[]>, string | null, string, Noise | null]> = [
    ["a person's mail", { subject: "Printer offline" }, "ali@client.example", "text/plain", null],
    ["Auto-Submitted: no is a person", { "auto-submitted": "no" }, "ali@client.example", "text/plain", null],
    [
      "Auto-Submitted: auto-replied",
      { "auto-submitted": "auto-replied" },
      "ali@client.example",
      "text/plain",
      "auto-reply",
    ],
    [
      "Auto-Submitted: auto-generated",
      { "auto-submitted": "auto-generated" },
      "ali@client.example",
      "text/plain",
      "auto-reply",
    ],
    ["Precedence: bulk", { precedence: "bulk" }, "ali@client.example", "text/plain", "auto-reply"],
    ["Precedence: junk", { precedence: "junk" }, "ali@client.example", "text/plain", "auto-reply"],
    ["Precedence: list", { precedence: "list" }, "ali@client.example", "text/plain", "auto-reply"],
    ["Precedence: auto_reply", { precedence: "auto_reply" }, "ali@client.example", "text/plain", "auto-reply"],
    ["Precedence: first-class is a person", { precedence: "first-class" }, "ali@client.example", "text/plain", null],
    ["X-Autoreply", { "x-autoreply": "yes" }, "ali@client.example", "text/plain", "auto-reply"],
    ["X-Autorespond", { "x-autorespond": "Out of office" }, "ali@client.example", "text/plain", "auto-reply"],
    [
      "X-Auto-Response-Suppress: All",
      { "x-auto-response-suppress": "All" },
      "ali@client.example",
      "text/plain",
      "auto-reply",
    ],
    [
      "X-Auto-Response-Suppress: OOF",
      { "x-auto-response-suppress": "DR, OOF, AutoReply" },
      "ali@client.example",
      "text/plain",
      "auto-reply",
    ],
    ["empty Return-Path", { "return-path": "<>" }, "ali@client.example", "text/plain", "bounce"],
    [
      "a delivery report",
      {},
      "postmaster@client.example",
      "multipart/report; report-type=delivery-status; boundary=x",
      "bounce",
    ],
    ["a quoted delivery report", {}, "ali@client.example", 'multipart/report; report-type="delivery-status"', "bounce"],
    ["MAILER-DAEMON", {}, "MAILER-DAEMON@mx.client.example", "text/plain", "bounce"],
    [
      "X-Loop naming our mailbox",
      { "x-loop": "support@frontline.example" },
      "ali@client.example",
      "text/plain",
      "loop",
    ],
    ["X-Loop naming someone else", { "x-loop": "helpdesk@other.example" }, "ali@client.example", "text/plain", null],
    ["mail from our own mailbox", {}, "support@frontline.example", "text/plain", "loop"],
    ["no sender at all", {}, null, "text/plain", null],
  ];
  it.each(table)("%s", (_name, headers, from, contentType, expected) => {
    expect(classify(headers, from, contentType)).toBe(expected);
  });
});
