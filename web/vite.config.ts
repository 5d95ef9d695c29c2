import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The browser app: built into dist/web and served by the API server at `/` (src/platform/http/web-app.ts).
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, "..", "dist", "web"),
    emptyOutDir: true,
    sourcemap: false,
    // Read by bench/first-load.ts to measure what the console loads first.
    manifest: true,
    // The console's first load is measured against 250 KB gzipped (docs/benchmarks.md); admin is its own chunk.
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
