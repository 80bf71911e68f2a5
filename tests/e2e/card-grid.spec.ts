/**
 * Card grids are balanced: no grid of two or more columns ends in a row with one card alone
 * (four fields of action as 2 x 2, not 3 + 1), on every page at phone, tablet and desktop widths.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { SITE_DIR, siteUrls } from "./site-urls.ts";

/** For each card grid of the page: the number of cards in each row, top to bottom. */
function cardRows(): number[][] {
  return [...document.querySelectorAll("ul.cards")].map((grid) => {
    const rows = new Map<number, number>();
    for (const card of grid.children) {
      const top = Math.round(card.getBoundingClientRect().top);
      rows.set(top, (rows.get(top) ?? 0) + 1);
    }
    return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, count]) => count);
  });
}

/** The built file of a page URL. */
const fileOf = (url: string): string => path.join(SITE_DIR, url.endsWith("/") ? `${url}index.html` : url);

// Every page is read; only those with a card grid need a browser.
const pagesWithCards = siteUrls().filter((url) => existsSync(fileOf(url)) && readFileSync(fileOf(url), "utf8").includes('class="cards"'));

test("the site has card grids to check", () => {
  expect(pagesWithCards).toEqual(expect.arrayContaining(["/", "/themen/", "/themen/kommunale-entwicklungszusammenarbeit/"]));
});

for (const width of [375, 768, 1024, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const url of pagesWithCards) {
      test(`no card alone in the last row: ${url}`, async ({ page }) => {
        await page.goto(url);
        for (const rows of await page.evaluate(cardRows)) {
          // One column (a phone) is a list, not a grid with a gap beside its last card.
          if (Math.max(...rows) < 2) continue;
          expect(rows.at(-1), `Kartenraster auf ${url} bei ${width} px: Reihen ${rows.join(" + ")}`).toBeGreaterThan(1);
        }
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
