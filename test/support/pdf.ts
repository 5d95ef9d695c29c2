import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** The text of each page of a PDF, as a PDF reader extracts it (pdf.js): proof the file parses and says what it should. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // Only text is read: the standard fonts' glyph files are not needed (verbosity 0 keeps pdf.js from saying so).
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/g, " "),
    );
  }
  await doc.destroy();
  return pages;
}

/** Whether poppler's pdftoppm is on this machine (`.ci/run` installs poppler-utils). */
export async function hasPdftoppm(): Promise<boolean> {
  return promisify(execFile)("pdftoppm", ["-v"]).then(
    () => true,
    () => false,
  );
}

/** Renders the PDF's first page to PNG with pdftoppm (at 50 dpi) and returns the image's bytes. */
export async function renderFirstPage(pdf: Uint8Array): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), "frontline-pdf-"));
  try {
    await writeFile(path.join(dir, "pack.pdf"), pdf);
    await promisify(execFile)(
      "pdftoppm",
      ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", "pack.pdf", "page"],
      {
        cwd: dir,
      },
    );
    return await readFile(path.join(dir, "page.png"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
