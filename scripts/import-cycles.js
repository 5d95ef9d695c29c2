// No import cycles among src/ files. A cycle means neither module can be read, tested or moved without the
// other, and ES module evaluation order inside it depends on which one is imported first. Type-only imports
// count too: they tie the files together for a reader just the same (context.ts <-> record-events.ts was one).
import path from "node:path";

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+["'](\.{1,2}\/[^"']+)["']/gm;

/** Relative static imports of a file, resolved to paths, kept only if they name a known file. */
export function importsOf(file, text, known) {
  return [...text.matchAll(IMPORT)]
    .map((m) => path.posix.join(path.posix.dirname(file), m[1]))
    .filter((t) => known.has(t));
}

/**
 * Every import cycle in a set of files (Map of posix path -> source text), each as the list of files from one
 * member back to it, e.g. ["a.ts", "b.ts", "a.ts"]. One cycle per strongly connected group, found by DFS.
 */
export function importCycles(files) {
  const known = new Set(files.keys());
  const edges = new Map([...files].map(([file, text]) => [file, importsOf(file, text, known)]));
  const state = new Map(); // undefined: unseen, 1: on the current path, 2: done
  const cycles = [];
  const stack = [];
  const visit = (file) => {
    state.set(file, 1);
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 1) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 2);
  };
  for (const file of [...known].sort()) if (state.get(file) === undefined) visit(file);
  return cycles;
}
