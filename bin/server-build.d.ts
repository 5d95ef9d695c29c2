// Types for bin/server-build.js, which the test global setup imports.
export function serverBuildProblem(root: string): string | null;
export function buildServer(root: string): Promise<void>;
export const MAIL_INGEST_DIR: string;
