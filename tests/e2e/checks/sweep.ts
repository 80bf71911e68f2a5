/**
 * The sweep over every page of the built site (tests/e2e/sweep.spec.ts): which checks run on
 * a page at a width, and how one visit runs them all. Each check runs in the viewport its own
 * test had (the height is changed on the open page: the site's layout depends on the width,
 * and on the height only through `vh`), from the top of the page, in an order that keeps the
 * page as each check expects it (structure removes the page's styles, so it comes last).
 */
import { expect, test, type Page } from "@playwright/test";
import { siteUrls } from "../site-urls.ts";
import { checkAxe, checkPrintContrast } from "./axe.ts";
import { CARD_GRID_WIDTHS, checkCardGrid, pagesWithCards } from "./card-grid.ts";
import { checkHyphenation } from "./hyphenation.ts";
import { checkImages, PAGES as IMAGE_PAGES } from "./images.ts";
import { checkLanguage } from "./language.ts";
import { checkReflow } from "./reflow.ts";
import { checkStructure } from "./structure.ts";

/** The widths the sweep opens every page at: desktop, phone, and 1280 px at 400 % zoom. */
export const SWEEP_WIDTHS = [1280, 375, 320] as const;

/** The height of the projects' viewport (Desktop Chrome), which the checks without their own had. */
const DEFAULT_HEIGHT = 720;

/** One check on one page at one width. */
export interface SweepCheck {
  /** Named in the step and in the failure message. */
  name: string;
  /** The viewport height the check runs at. */
  height: number;
  run(page: Page, url: string, width: number): Promise<void>;
}

/** The budget one check had as a test of its own (Playwright's default timeout). */
export const CHECK_TIMEOUT_MS = 30_000;

/** Every page the sweep opens: each check's own list of pages, together. */
export function sweepUrls(): string[] {
  return [...new Set([...siteUrls(), ...IMAGE_PAGES])].sort();
}

/**
 * The checks for `url` at `width`, in the order they run.
 *
 * @example
 * sweepChecks("/kontakt/", 320).map((c) => c.name) // => ["Umbruch (Reflow)", "Silbentrennung"]
 */
export function sweepChecks(url: string, width: number): SweepCheck[] {
  const everyPage = siteUrls().includes(url);
  const cards = pagesWithCards.includes(url) && (CARD_GRID_WIDTHS as readonly number[]).includes(width);
  const checks: (SweepCheck | false)[] =
    width === 1280
      ? [
          everyPage && { name: "axe WCAG 2.2 AA", height: 900, run: checkAxe },
          cards && { name: "Kartenraster", height: 900, run: checkCardGrid },
          everyPage && { name: "axe Kontrast im Druck", height: 900, run: checkPrintContrast },
          everyPage && { name: "Sprache", height: DEFAULT_HEIGHT, run: checkLanguage },
          IMAGE_PAGES.includes(url) && { name: "Bilder", height: DEFAULT_HEIGHT, run: checkImages },
          everyPage && { name: "Landmarks und Überschriften ohne CSS", height: DEFAULT_HEIGHT, run: checkStructure },
        ]
      : width === 375
        ? [
            everyPage && { name: "axe WCAG 2.2 AA", height: 900, run: checkAxe },
            cards && { name: "Kartenraster", height: 900, run: checkCardGrid },
            everyPage && { name: "Silbentrennung", height: 800, run: checkHyphenation },
          ]
        : width === 320
          ? [everyPage && { name: "Umbruch (Reflow)", height: 256, run: checkReflow }, everyPage && { name: "Silbentrennung", height: 800, run: checkHyphenation }]
          : [];
  return checks.filter((check): check is SweepCheck => check !== false);
}

/**
 * Opens `url` once at `width` and runs every check on it. A check that fails does not stop
 * the others: each runs as its own step, and the test fails at the end with every failed
 * check's message, each headed by the check's name, page and width.
 */
export async function sweep(page: Page, url: string, width: number, checks: SweepCheck[]): Promise<void> {
  const failures: string[] = [];
  let height = checks[0]?.height ?? DEFAULT_HEIGHT;
  await page.setViewportSize({ width, height });
  expect(await page.goto(url), `${url} antwortet nicht`).not.toBeNull();
  for (const check of checks) {
    const label = `${check.name}: ${url} bei ${width}px`;
    const softErrors = test.info().errors.length;
    try {
      await test.step(label, async () => {
        if (check.height !== height) {
          height = check.height;
          await page.setViewportSize({ width, height });
        }
        await page.evaluate(() => window.scrollTo({ top: 0, left: 0, behavior: "instant" }));
        await check.run(page, url, width);
      });
      // A check with soft assertions (language) reports each failure itself; it is counted here too.
      if (test.info().errors.length > softErrors) failures.push(`── ${label} ──\n(gemeldet oben)`);
    } catch (error) {
      failures.push(`── ${label} ──\n${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`${failures.length} von ${checks.length} Prüfungen gescheitert auf ${url} bei ${width}px:\n\n${failures.join("\n\n")}`);
}
