import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config.ts";

describe("TRUST_PROXY", () => {
  const trust = (value?: string) => parseConfig({ TRUST_PROXY: value }).TRUST_PROXY;

  it("is off by default: X-Forwarded-For is not believed", () => {
    expect(trust()).toBe(false);
  });

  it("takes true, a hop count, or the proxies' addresses, as Fastify's trustProxy does", () => {
    expect(trust("true")).toBe(true);
    expect(trust("2")).toBe(2);
    expect(trust("10.0.0.0/8, loopback,::1")).toBe("10.0.0.0/8,loopback,::1");
  });

  it("refuses anything else at boot, naming the setting", () => {
    expect(() => trust("yes please")).toThrow(ConfigError);
    expect(() => trust("10.0.0.0/33")).toThrow(/TRUST_PROXY/);
  });
});

describe("SMTP listener TLS and AUTH settings", () => {
  it("come in pairs: one without the other is refused at boot, naming the missing one", () => {
    expect(() => parseConfig({ SMTP_TLS_CERT: "/etc/ssl/mail.pem" })).toThrow(
      /SMTP_TLS_KEY: required when SMTP_TLS_CERT is set/,
    );
    expect(() => parseConfig({ SMTP_AUTH_PASSWORD: "x" })).toThrow(
      /SMTP_AUTH_USER: required when SMTP_AUTH_PASSWORD is set/,
    );
    expect(parseConfig({ SMTP_AUTH_USER: "relay", SMTP_AUTH_PASSWORD: "x" })).toMatchObject({
      SMTP_AUTH_USER: "relay",
    });
  });
});

describe("DATABASE_REPLICA_URL", () => {
  it("is refused without DATABASE_URL: the embedded database has no replica", () => {
    expect(() => parseConfig({ DATABASE_REPLICA_URL: "postgres://replica/frontline" })).toThrow(
      /DATABASE_REPLICA_URL: requires DATABASE_URL/,
    );
  });

  it("is taken beside a PostgreSQL primary", () => {
    expect(
      parseConfig({
        DATABASE_URL: "postgres://primary/frontline",
        DATABASE_REPLICA_URL: "postgres://replica/frontline",
      }),
    ).toMatchObject({ DATABASE_REPLICA_URL: "postgres://replica/frontline" });
  });
});

describe("PROCESSES", () => {
  it("is 1 by default, and takes a count or auto beside PostgreSQL", () => {
    expect(parseConfig({}).PROCESSES).toBe("1");
    expect(parseConfig({ DATABASE_URL: "postgres://db/frontline", PROCESSES: "4" }).PROCESSES).toBe("4");
    expect(parseConfig({ DATABASE_URL: "postgres://db/frontline", PROCESSES: "auto" }).PROCESSES).toBe("auto");
  });

  it("refuses anything but a count from 1 to 99 or auto", () => {
    for (const bad of ["0", "-1", "two", "100", "1.5"])
      expect(() => parseConfig({ DATABASE_URL: "postgres://db/frontline", PROCESSES: bad })).toThrow(/PROCESSES/);
  });

  it("refuses more than one process on the embedded database, saying why", () => {
    for (const many of ["2", "auto"])
      expect(() => parseConfig({ PROCESSES: many })).toThrow(
        /PROCESSES: the embedded database \(PGlite, no DATABASE_URL\) runs in one process/,
      );
    expect(parseConfig({ PROCESSES: "1" }).PROCESSES).toBe("1");
  });
});
