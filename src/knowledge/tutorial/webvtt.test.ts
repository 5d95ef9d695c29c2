import { describe, expect, it } from "vitest";
import { captionText, parseWebVtt, writeWebVtt } from "./webvtt.ts";

const parsed = (source: string) => {
  const result = parseWebVtt(source);
  if (!result.ok) throw new Error(result.reason);
  return result.cues;
};

describe("WebVTT captions", () => {
  it("reads cues with optional identifiers, hours and layout settings", () => {
    const cues = parsed(
      "WEBVTT - Outlook\n\nNOTE written by the desk\n\nintro\n00:00.000 --> 00:02.500 align:start line:0\nOpen Outlook\n\n01:00:03.000 --> 01:00:04.000\nType your password\nthen press Enter",
    );
    expect(cues).toEqual([
      { start: 0, end: 2.5, text: "Open Outlook", settings: "align:start line:0" },
      { start: 3603, end: 3604, text: "Type your password\nthen press Enter", settings: "" },
    ]);
  });

  it("renders scripts and markup inert: tags stripped, the rewritten file escapes what is left", () => {
    const cues = parsed(
      'WEBVTT\n\nSTYLE\n::cue { background: url("https://evil.example/x") }\n\n00:00.000 --> 00:01.000 onload:alert(1)\n<script>alert(1)</script><b>Bold</b> &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(cues).toEqual([{ start: 0, end: 1, text: "alert(1)Bold <img src=x onerror=alert(1)>", settings: "" }]);
    const vtt = writeWebVtt(cues);
    expect(vtt).toBe("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nalert(1)Bold &lt;img src=x onerror=alert(1)&gt;\n");
    expect(vtt).not.toMatch(/<|STYLE|url\(/);
  });

  it.each([
    ["<html><body>not captions</body></html>", 'starts with "WEBVTT"'],
    ["1\n00:00:01,000 --> 00:00:02,000\nAn SRT file", 'starts with "WEBVTT"'],
    ["WEBVTT\n\n00:00:01.000 --> 00:00:02\nshort stamp", "hh:mm:ss.ttt"],
    ["WEBVTT\n\n00:00:03.000 --> 00:00:02.000\nbackwards", "ends before it starts"],
    ["WEBVTT\n\njust some words", "timing line"],
    ["WEBVTT\n", "no cues"],
    ["WEBVTTX\n\n00:00.000 --> 00:01.000\nx", 'starts with "WEBVTT"'],
  ])("refuses %j: %s", (source, reason) => {
    const result = parseWebVtt(source);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toContain(reason);
  });

  it("keeps Urdu text and gives the words for search", () => {
    const cues = parsed("\uFEFFWEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nآؤٹ لک کھولیں\r\n");
    expect(captionText(cues)).toBe("آؤٹ لک کھولیں");
  });
});
