/**
 * Card grids are balanced: no grid of two or more columns ends in a row with one card alone
 * (four fields of action as 2 x 2, not 3 + 1), on every page at phone, tablet and desktop
 * widths. Phone (375 px) and desktop (1280 px) are checked in the sweep
 * (tests/e2e/sweep.spec.ts), which opens every page at those widths anyway; the tablet widths here.
 */
import { expect, test } from "@playwright/test";
import { CARD_GRID_WIDTHS, cardRows, checkCardGrid, pagesWithCards } from "./checks/card-grid.ts";
import { SWEEP_WIDTHS } from "./checks/sweep.ts";

test("the site has card grids to check", () => {
  expect(pagesWithCards).toEqual(expect.arrayContaining(["/", "/themen/", "/themen/kommunale-entwicklungszusammenarbeit/"]));
});

for (const width of CARD_GRID_WIDTHS.filter((w) => !(SWEEP_WIDTHS as readonly number[]).includes(w))) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const url of pagesWithCards) {
      test(`no card alone in the last row: ${url}`, async ({ page }) => {
        await page.goto(url);
        await checkCardGrid(page, url, width);
      });
    }
  });
}

test("the KEZ page's four fields of action: 2 x 2 at 1280 px, photos sized for a half row", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/themen/kommunale-entwicklungszusammenarbeit/");
  expect(await page.evaluate(cardRows)).toEqual([[2, 2]]);
  const photo = page.locator(".card img").first();
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc !== "")).toBe(true);
  const { rendered, chosen } = await photo.evaluate((img: HTMLImageElement) => ({
    rendered: img.getBoundingClientRect().width * devicePixelRatio,
    chosen: Number(/-(\d+)\.\w+$/.exec(img.currentSrc)?.[1] ?? 0),
  }));
  // The browser picks a file at least as wide as the photo is shown (1x here): sizes fit the layout.
  expect(chosen).toBeGreaterThanOrEqual(rendered);
});
