import pino, { type Logger } from "pino";

/**
 * The process logger: JSON lines, secrets redacted. Servers log to stdout; one-shot CLI commands log to
 * stderr so their stdout (an export, a token) stays clean for pipes.
 */
export function createLogger(level: string, stream: "stdout" | "stderr" = "stdout"): Logger {
  return pino(
    {
      level,
      redact: {
        paths: ["req.headers.authorization", "req.headers.cookie", "password", "*.password", "token"],
        censor: "[redacted]",
      },
    },
    pino.destination(stream === "stdout" ? 1 : 2),
  );
}
