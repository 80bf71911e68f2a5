/**
 * German words break like German words: on a phone (375 px) and at 320 px, every word that
 * wraps inside itself breaks at a soft hyphen (shown as a visible hyphen) or after a hyphen,
 * never at an arbitrary letter (as `overflow-wrap: break-word` would cut
 * "Entwicklungszusam|menarbeit" without the build's soft hyphens).
 */
import { expect, test } from "@playwright/test";
import { siteUrls } from "./site-urls.ts";

/**
 * Words that wrap inside themselves anywhere but at a soft hyphen or a hyphen, with the break
 * marked by "|". Code, addresses and email addresses are not words: the build leaves them
 * whole (they are copied and typed as written), and they may wrap anywhere rather than overflow.
 */
function badBreaks(): string[] {
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

for (const width of [375, 320]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const url of siteUrls()) {
      test(`words break only at hyphens: ${url}`, async ({ page }) => {
        await page.goto(url);
        expect(await page.evaluate(badBreaks), `Wörter ohne Trennstrich umbrochen auf ${url} bei ${width} px`).toEqual([]);
      });
    }
  });
}

test("the KEZ heading breaks at a soft hyphen on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/themen/kommunale-entwicklungszusammenarbeit/");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Kommunale Entwicklungszusammenarbeit (KEZ)");
  // The heading's text carries soft hyphens, and it wraps onto more than one line.
  expect(await heading.evaluate((h) => h.textContent?.includes("\u00AD") && h.getBoundingClientRect().height > parseFloat(getComputedStyle(h).lineHeight) * 1.5)).toBe(true);
  expect(await page.evaluate(badBreaks)).toEqual([]);
  // Without the build's soft hyphens the same heading is cut inside a word, and the check sees it.
  await heading.evaluate((h) => (h.textContent = (h.textContent ?? "").replace(/\u00AD/g, "")));
  expect(await page.evaluate(badBreaks)).toContainEqual(expect.stringMatching(/^Entwicklungszusam\w*\|\w+/));
});
