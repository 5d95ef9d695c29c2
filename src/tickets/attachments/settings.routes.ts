import { z } from "zod";
import type { Deps } from "../../context.ts";
import type { HttpServer } from "../../platform/http/server.ts";
import { EXECUTABLE_EXTENSIONS } from "./attachment-file.ts";

const SettingsDto = z
  .object({
    attachments: z.object({
      maxBytes: z.number().int().describe("Largest file accepted (ATTACHMENT_MAX_BYTES)"),
      refusedExtensions: z
        .array(z.string())
        .describe(
          "Extensions refused whatever the content (programs, scripts, shortcuts); other files pass unless they are a program",
        ),
    }),
  })
  .meta({ id: "Settings" });

/**
 * The server's rules the browser checks before sending (the largest attachment, the refused file kinds), so the web
 * app keeps no copy of them that could drift from the configuration. Nothing in it is secret: it is public.
 */
export async function settingsRoutes(app: HttpServer, deps: Deps): Promise<void> {
  const settings: z.infer<typeof SettingsDto> = {
    attachments: { maxBytes: deps.config.ATTACHMENT_MAX_BYTES, refusedExtensions: [...EXECUTABLE_EXTENSIONS].sort() },
  };
  app.get(
    "/api/v1/settings",
    {
      config: { public: true },
      schema: {
        tags: ["settings"],
        summary: "What the browser checks before sending: the attachment limit and refused file kinds",
        response: { 200: SettingsDto },
      },
    },
    async () => settings,
  );
}
