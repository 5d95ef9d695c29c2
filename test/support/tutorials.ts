import type { TutorialInput } from "../../src/knowledge/tutorial/create-tutorial.ts";

/** The bytes of a WebM file as file-type recognises it (an EBML header naming the webm doc type), then filler. */
export function webmBytes(size: number): Buffer {
  const header = Buffer.concat([
    Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x93, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0x82, 0x84]),
    Buffer.from("webm"),
  ]);
  const body = Buffer.alloc(size - header.length);
  for (let i = 0; i < body.length; i++) body[i] = i % 251;
  return Buffer.concat([header, body]);
}

export const PUBLISHED: TutorialInput = {
  title: "Reset your Outlook password",
  description: "Three steps from the sign-in page.",
  language: "en",
  audiences: ["new", "current"],
  visibility: "public",
  status: "published",
  embedUrl: null,
  chapters: [],
};
