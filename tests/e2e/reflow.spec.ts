/**
 * Reflow (WCAG 1.4.10): at 320 CSS px, which is 1280 px at 400 % zoom, no page scrolls
 * sideways and no text is cut off by a box too small for it. The same holds with the
 * larger text spacing of WCAG 1.4.12 that users set with a bookmarklet or extension.
 */
import { expect, test, type Page } from "@playwright/test";
import { addUserStyles } from "./user-styles.ts";
import { siteUrls } from "./site-urls.ts";

/** Boxes whose content is wider (or, if they clip, taller) than the box, described for the message. */
function overflowingBoxes(page: Page): Promise<string[]> {
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

test.use({ viewport: { width: 320, height: 256 } });

for (const url of siteUrls()) {
  test(`reflow at 320 px: ${url}`, async ({ page }) => {
    await page.goto(url);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth, `${url} scrollt waagerecht (${scrollWidth}px Inhalt bei ${clientWidth}px Breite)`).toBeLessThanOrEqual(clientWidth);
    expect(await overflowingBoxes(page), `abgeschnittener oder überstehender Text auf ${url}`).toEqual([]);
  });
}

/** The text spacing WCAG 1.4.12 says content must survive. */
const TEXT_SPACING = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

for (const url of ["/", "/themen/kommunale-entwicklungszusammenarbeit/", "/kontakt/"]) {
  test(`text spacing (1.4.12) at 320 px: ${url}`, async ({ page }) => {
    await page.goto(url);
    await addUserStyles(page, TEXT_SPACING);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${url} scrollt waagerecht mit größeren Abständen`).toBeLessThanOrEqual(320);
    expect(await overflowingBoxes(page), `abgeschnittener Text mit größeren Abständen auf ${url}`).toEqual([]);
  });
}

test("the reflow check notices text that does not fit", async ({ page }) => {
  await page.goto("/kontakt/");
  await addUserStyles(page, ".contact-role { width: 3rem; overflow: hidden; white-space: nowrap; }");
  expect((await overflowingBoxes(page)).join("\n")).toContain("contact-role");
});
