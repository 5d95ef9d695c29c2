import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { describeEachEngine } from "../../test/support/db.ts";
import { SYSTEM_ACTOR } from "../identity/actor.ts";
import { findArticles } from "../knowledge/article/article.store.ts";
import { kbExport, kbImport, progressLine } from "./kb.ts";

// A 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

describeEachEngine("frontline kb import and export", (ctx) => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "frontline-kb-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const quiet = { line: () => undefined };

  function folder() {
    const dir = scratch();
    mkdirSync(path.join(dir, "images"));
    writeFileSync(path.join(dir, "images", "globalprotect.png"), PNG);
    writeFileSync(
      path.join(dir, "connect-to-the-vpn.md"),
      "---\ntitle: Connect to the VPN\ncategory: Network & VPN\naudience: new, current\ntags: [vpn, remote]\nlanguage: en\n---\n\nOpen GlobalProtect.\n\n![The tray icon](images/globalprotect.png)\n",
    );
    writeFileSync(
      path.join(dir, "connect-to-the-vpn.ur.md"),
      "---\ntitle: وی پی این سے جڑیں\ncategory: Network & VPN\naudience: current\ntags:\n  - وی پی این\nlanguage: ur\n---\n\nگلوبل پروٹیکٹ کھولیں۔\n",
    );
    return dir;
  }

  it("imports articles with their category and images, and re-imports without duplicates", async () => {
    const dir = folder();
    expect(await kbImport(ctx.deps, dir, quiet)).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const rows = await findArticles(ctx.deps.db, SYSTEM_ACTOR, {});
    expect(rows.map((r) => [r.key, r.language, r.categoryName, r.audiences, r.status])).toEqual([
      ["connect-to-the-vpn", "en", "Network & VPN", ["new", "current"], "published"],
      ["connect-to-the-vpn", "ur", "Network & VPN", ["current"], "published"],
    ]);
    expect(rows[0]!.body).toMatch(/!\[The tray icon\]\(\/api\/v1\/public\/kb\/images\/[0-9a-f-]{36}\)/);
    expect(await kbImport(ctx.deps, dir, quiet)).toEqual({ created: 0, updated: 0, unchanged: 2 });
    writeFileSync(
      path.join(dir, "connect-to-the-vpn.md"),
      readFileSync(path.join(dir, "connect-to-the-vpn.md"), "utf8").replace(
        "Open GlobalProtect.",
        "Open GlobalProtect from the tray.",
      ),
    );
    expect(await kbImport(ctx.deps, dir, quiet)).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const after = await findArticles(ctx.deps.db, SYSTEM_ACTOR, {});
    expect(after.map((r) => r.version)).toEqual([2, 1]);
  });

  it("exports what it imported so that importing the export changes nothing (round trip)", async () => {
    await kbImport(ctx.deps, folder(), quiet);
    const out = scratch();
    await kbExport(ctx.deps, out, () => undefined);
    expect(readdirSync(out).sort()).toEqual(["connect-to-the-vpn.md", "connect-to-the-vpn.ur.md", "images"]);
    const exported = readFileSync(path.join(out, "connect-to-the-vpn.md"), "utf8");
    expect(exported).toContain("title: Connect to the VPN");
    expect(exported).toMatch(/!\[The tray icon\]\(images\/[0-9a-f-]{36}\.png\)/);
    expect(await kbImport(ctx.deps, out, quiet)).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it("stores nothing when any file is wrong, and names the file and the field", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "broken.md"), "---\ntitle: Broken\naudience: everyone\n---\n\nText\n");
    writeFileSync(path.join(dir, "no-picture.md"), "---\ntitle: X\naudience: new\n---\n\n![x](images/missing.png)\n");
    writeFileSync(path.join(dir, "images", "fake.png"), "not an image");
    writeFileSync(path.join(dir, "fake-picture.md"), "---\ntitle: X\naudience: new\n---\n\n![x](images/fake.png)\n");
    const failure = await kbImport(ctx.deps, dir, quiet).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(message).toContain("broken.md: audience.0:");
    expect(message).toContain("no-picture.md: image images/missing.png not found");
    expect(message).toContain("fake-picture.md: images/fake.png is not a PNG, JPEG, GIF or WebP image");
    expect(await findArticles(ctx.deps.db, SYSTEM_ACTOR, {})).toEqual([]);
  });

  it("draws its progress as a bar", () => {
    expect(progressLine(5, 10, "vpn.md", 10)).toBe("[#####-----] 5/10 vpn.md");
  });
});
