import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, snippetFromHeadline } from "./search-item.ts";

describe("snippetFromHeadline", () => {
  it("turns marked words into plain text and the spans to highlight", () => {
    expect(snippetFromHeadline(`reset the ${S}Outlook${E} ${S}password${E} here`)).toEqual({
      snippet: "reset the Outlook password here",
      highlights: [
        [10, 17],
        [18, 26],
      ],
    });
  });

  it("keeps markup as text and ignores an unmatched or empty mark", () => {
    expect(snippetFromHeadline(`<b>x</b> ${S}${E}${E}y`)).toEqual({ snippet: "<b>x</b> y", highlights: [] });
  });

  it("counts Urdu text in UTF-16 units like the browser does", () => {
    const { snippet, highlights } = snippetFromHeadline(`پاس ${S}ورڈ${E}`);
    expect(snippet.slice(...highlights[0]!)).toBe("ورڈ");
  });
});
