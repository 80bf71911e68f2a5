/**
 * Reflow (WCAG 1.4.10): at 320 CSS px, which is 1280 px at 400 % zoom, no page scrolls
 * sideways and no text is cut off by a box too small for it (every page: the sweep,
 * tests/e2e/sweep.spec.ts with tests/e2e/checks/reflow.ts). The same holds with the larger
 * text spacing of WCAG 1.4.12 that users set with a bookmarklet or extension.
 */
import { expect, test } from "@playwright/test";
import { overflowingBoxes } from "./checks/reflow.ts";
import { addUserStyles } from "./user-styles.ts";

test.use({ viewport: { width: 320, height: 256 } });

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
