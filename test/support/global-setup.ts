import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { testEnvironment } from "../../src/config/config.ts";

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
  }
}

/** Gives this run a unique id, so its PostgreSQL databases never collide with another run's, and drops them at the end. */
export default function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  project.provide("runId", runId);
  return async () => {
    const url = testEnvironment().testDatabaseUrl;
    if (!url) return;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`ft_${runId}_%`]);
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
}
