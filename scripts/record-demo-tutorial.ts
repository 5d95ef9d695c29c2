// Records the demo workspace's tutorial video, assets/demo/reset-outlook-password.webm, once: Chromium draws three
// titled slides ("Reset your Outlook password", one step each) on a canvas and MediaRecorder encodes them as WebM
// (VP8), so no ffmpeg is needed. The file is committed; run this again only to change the slides, then keep
// DEMO_TUTORIAL_VIDEO's chapters and captions (src/seed/demo-tutorials.ts) on the same seconds.
// Run: node bin/run-ts.js scripts/record-demo-tutorial.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_VIDEO_FILE, DEMO_VIDEO_SLIDES, DEMO_VIDEO_SLIDE_SECONDS } from "../src/seed/demo-video.ts";
import { findChromium, launchChromium } from "../test/support/chromium.ts";

/**
 * Page script: draws each slide for its seconds (a progress bar moving along the bottom) while MediaRecorder takes
 * the canvas at 15 frames a second and a low bit rate (still slides compress to little), and answers the bytes as
 * base64.
 */
const record = (slides: readonly { step: string; title: string; text: string }[], seconds: number) => `(async () => {
  const slides = ${JSON.stringify(slides)};
  const canvas = document.createElement("canvas");
  canvas.width = 640;
  canvas.height = 360;
  document.body.append(canvas);
  const g = canvas.getContext("2d");
  const wrap = (text, x, y, width, lineHeight) => {
    let line = "";
    for (const word of text.split(" ")) {
      if (line && g.measureText(line + " " + word).width > width) {
        g.fillText(line, x, y);
        y += lineHeight;
        line = word;
      } else line = line ? line + " " + word : word;
    }
    g.fillText(line, x, y);
  };
  const started = performance.now();
  const total = slides.length * ${seconds} * 1000;
  const draw = () => {
    const elapsed = Math.min(performance.now() - started, total - 1);
    const slide = slides[Math.floor(elapsed / (${seconds} * 1000))];
    g.fillStyle = "#0f3d5e";
    g.fillRect(0, 0, 640, 360);
    g.fillStyle = "#ffffff";
    g.font = "bold 30px sans-serif";
    g.fillText("Reset your Outlook password", 40, 70);
    g.fillStyle = "#9fd3f5";
    g.font = "22px sans-serif";
    g.fillText(slide.step, 40, 130);
    g.fillStyle = "#ffffff";
    g.font = "bold 26px sans-serif";
    g.fillText(slide.title, 40, 180);
    g.font = "22px sans-serif";
    wrap(slide.text, 40, 225, 560, 32);
    g.fillStyle = "#2f7fb5";
    g.fillRect(0, 344, 640 * (elapsed / total), 16);
  };
  draw();
  const timer = setInterval(draw, 1000 / 15);
  const recorder = new MediaRecorder(canvas.captureStream(15), {
    mimeType: "video/webm;codecs=vp8",
    videoBitsPerSecond: 250000,
  });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.start(500);
  await new Promise((resolve) => setTimeout(resolve, total));
  recorder.stop();
  await stopped;
  clearInterval(timer);
  const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(binary);
})()`;

// EBML element ids (Matroska): Segment, its Info, and Info's Duration.
const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const DURATION = 0x4489;

/** Reads an EBML variable-length integer at `at`: its value (the length marker removed) and its length in bytes. */
function readVint(bytes: Buffer, at: number, keepMarker: boolean): { value: number; length: number } {
  const first = bytes[at]!;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + bytes[at + i]!;
  return { value, length };
}

/**
 * MediaRecorder writes no Duration (it cannot know it while recording), so a player shows an endless video that
 * chapters cannot seek in well. This adds Duration (in the default timecode scale, milliseconds) to the Segment's
 * Info, rewriting Info's size. The Segment itself has MediaRecorder's "unknown" size, so nothing else moves.
 */
function withDuration(webm: Buffer, milliseconds: number): Buffer {
  let at = 0;
  const header = readVint(webm, at, true);
  const headerSize = readVint(webm, at + header.length, false);
  at += header.length + headerSize.length + headerSize.value;
  const segment = readVint(webm, at, true);
  if (segment.value !== SEGMENT) throw new Error("no Segment after the EBML header");
  at += segment.length + readVint(webm, at + segment.length, false).length;
  for (;;) {
    const id = readVint(webm, at, true);
    const size = readVint(webm, at + id.length, false);
    if (id.value === INFO) {
      const body = webm.subarray(at + id.length + size.length, at + id.length + size.length + size.value);
      const duration = Buffer.alloc(11);
      duration.writeUInt16BE(DURATION, 0);
      duration[2] = 0x88; // an 8-byte float follows
      duration.writeDoubleBE(milliseconds, 3);
      const newSize = body.length + duration.length;
      if (newSize >= 0x3fff) throw new Error("Info too large for a two-byte size");
      const sizeBytes = Buffer.from([0x40 | (newSize >> 8), newSize & 0xff]);
      return Buffer.concat([
        webm.subarray(0, at),
        webm.subarray(at, at + id.length),
        sizeBytes,
        body,
        duration,
        webm.subarray(at + id.length + size.length + size.value),
      ]);
    }
    at += id.length + size.length + size.value;
    if (at >= webm.length) throw new Error("no Info in the Segment");
  }
}

const browser = await launchChromium(await findChromium());
try {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><title>recording</title><body style='margin:0'></body>");
  const base64 = await page.evaluate<string>(record(DEMO_VIDEO_SLIDES, DEMO_VIDEO_SLIDE_SECONDS));
  const video = withDuration(Buffer.from(base64, "base64"), DEMO_VIDEO_SLIDES.length * DEMO_VIDEO_SLIDE_SECONDS * 1000);
  mkdirSync(path.dirname(DEMO_VIDEO_FILE), { recursive: true });
  writeFileSync(DEMO_VIDEO_FILE, video);
  console.log(`${DEMO_VIDEO_FILE}: ${video.length.toLocaleString("en-US")} bytes`);
} finally {
  await browser.close();
}
