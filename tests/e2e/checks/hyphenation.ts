/**
 * The hyphenation check of the sweep (tests/e2e/sweep.spec.ts): German words break like German
 * words, at a soft hyphen (shown as a visible hyphen) or after a hyphen, never at an arbitrary
 * letter (as `overflow-wrap: break-word` would cut "Entwicklungszusam|menarbeit" without the
 * build's soft hyphens).
 */
import { expect, type Page } from "@playwright/test";

/**
 * Words that wrap inside themselves anywhere but at a soft hyphen or a hyphen, with the break
 * marked by "|". Code, addresses and email addresses are not words: the build leaves them
 * whole (they are copied and typed as written), and they may wrap anywhere rather than overflow.
 */
export function badBreaks(): string[] {
  const found: string[] = [];
  const skip = "script, style, noscript, template, svg, code, pre, kbd, samp, .visually-hidden, [hidden]";
  const notAWord = /^[a-z][a-z+.-]*:\/\/|^www\.|@/i;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  /** The lines a range's boxes lie on: a new line starts below the bottom of the previous box. */
  const lineOf = (start: number, end: number, node: Text): DOMRect[] => {
    range.setStart(node, start);
    range.setEnd(node, end);
    return [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.parentElement || node.parentElement.closest(skip)) continue;
    const text = node.data;
    for (const match of text.matchAll(/\S{2,}/g)) {
      if (notAWord.test(match[0])) continue;
      const start = match.index;
      const end = start + match[0].length;
      const rects = lineOf(start, end, node);
      if (rects.length < 2) continue;
      const tops = rects.map((r) => Math.round(r.top));
      if (Math.max(...tops) - Math.min(...tops) < 4) continue;
      // The word spans lines: find each visible character that starts a new line. Soft
      // hyphens are skipped (unbroken ones have no box of their own to compare).
      let previous: { box: DOMRect; index: number } | undefined;
      for (let i = start; i < end; i++) {
        if (text[i] === "\u00AD") continue;
        // Chromium reports the hyphen it draws at a soft hyphen break as a first box of the
        // next character; that character's own box is its last one.
        const box = lineOf(i, i + 1, node).at(-1);
        if (!box || box.width === 0) continue;
        if (previous && box.top > previous.box.top + previous.box.height / 2) {
          const atSoftHyphen = text.slice(previous.index + 1, i).includes("\u00AD");
          const afterHyphen = /[-\u2010\u2013/]/.test(text[previous.index] ?? "");
          if (!atSoftHyphen && !afterHyphen) found.push(`${text.slice(start, i)}|${text.slice(i, end)}`.replace(/\u00AD/g, ""));
        }
        previous = { box, index: i };
      }
    }
  }
  return found;
}

/** No word on the page wraps inside itself except at a hyphen. */
export async function checkHyphenation(page: Page, url: string, width: number): Promise<void> {
  expect(await page.evaluate(badBreaks), `Wörter ohne Trennstrich umbrochen auf ${url} bei ${width} px`).toEqual([]);
}
