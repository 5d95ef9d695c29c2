import pino, { type Logger } from "pino";

/** The process logger: JSON lines to stdout, secrets redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ["req.headers.authorization", "req.headers.cookie", "password", "*.password", "token"], censor: "[redacted]" },
  });
}
