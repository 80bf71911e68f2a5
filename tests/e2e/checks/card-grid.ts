/**
 * The card grid check of the sweep (tests/e2e/sweep.spec.ts) and of tests/e2e/card-grid.spec.ts:
 * no grid of two or more columns ends in a row with one card alone (four fields of action as
 * 2 x 2, not 3 + 1).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { SITE_DIR, siteUrls } from "../site-urls.ts";

/** For each card grid of the page: the number of cards in each row, top to bottom. */
export function cardRows(): number[][] {
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

/** The pages with a card grid: every page is read; only those with a grid need a browser. */
export const pagesWithCards = siteUrls().filter((url) => existsSync(fileOf(url)) && readFileSync(fileOf(url), "utf8").includes('class="cards"'));

/** The widths at which every card grid is checked. */
export const CARD_GRID_WIDTHS = [375, 768, 1024, 1280] as const;

/** No card grid of the page at `width` ends in a row with one card alone. */
export async function checkCardGrid(page: Page, url: string, width: number): Promise<void> {
  for (const rows of await page.evaluate(cardRows)) {
    // One column (a phone) is a list, not a grid with a gap beside its last card.
    if (Math.max(...rows) < 2) continue;
    expect(rows.at(-1), `Kartenraster auf ${url} bei ${width} px: Reihen ${rows.join(" + ")}`).toBeGreaterThan(1);
  }
}
