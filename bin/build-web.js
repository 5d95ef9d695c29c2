#!/usr/bin/env node
// `npm run build` / npm's `prepare`: builds the browser app into dist/web when it is missing or out of date.
import { register } from "tsx/esm/api";

register();
const { ensureWebBuild } = await import("../src/platform/http/web-build.ts");
await ensureWebBuild((line) => console.log(line));
