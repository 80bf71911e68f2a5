/**
 * The reflow check of the sweep (tests/e2e/sweep.spec.ts), WCAG 1.4.10: at 320 CSS px, which is
 * 1280 px at 400 % zoom, no page scrolls sideways and no text is cut off by a box too small for it.
 */
import { expect, type Page } from "@playwright/test";

/** Boxes whose content is wider (or, if they clip, taller) than the box, described for the message. */
export function overflowingBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>("*")) {
      // Inline boxes have no client size; their block container is checked instead.
      if (element.clientWidth === 0 || element.closest(".visually-hidden")) continue;
      const s = getComputedStyle(element);
      // Text hidden for sight but read by screen readers (any library's "visually hidden" pattern).
      if (element.clientWidth <= 1 && element.clientHeight <= 1 && (s.clipPath !== "none" || s.clip !== "auto")) continue;
      const clips = [s.overflowX, s.overflowY].some((o) => o === "hidden" || o === "clip") || s.textOverflow === "ellipsis";
      const hasText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
      const wide = element.scrollWidth > element.clientWidth + 1;
      const tall = element.scrollHeight > element.clientHeight + 1;
      if ((hasText && wide) || (clips && (wide || tall))) {
        const classes = [...element.classList].map((c) => `.${c}`).join("");
        found.push(
          `${element.tagName.toLowerCase()}${classes} "${(element.textContent ?? "").trim().slice(0, 40)}": Inhalt ${element.scrollWidth}x${element.scrollHeight}, Box ${element.clientWidth}x${element.clientHeight}`,
        );
      }
    }
    return found;
  });
}

/** The page does not scroll sideways, and no box cuts off or spills its text. */
export async function checkReflow(page: Page, url: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `${url} scrollt waagerecht (${scrollWidth}px Inhalt bei ${clientWidth}px Breite)`).toBeLessThanOrEqual(clientWidth);
  expect(await overflowingBoxes(page), `abgeschnittener oder überstehender Text auf ${url}`).toEqual([]);
}
