/**
 * The sweep: every page of the built site, opened once per width (1280, 375 and 320 px), with
 * every check that runs on each page at that width (tests/e2e/checks/): axe WCAG 2.2 A/AA
 * (1280, 375) and print contrast (1280), language, images and landmarks/headings without CSS
 * (1280), card grids (1280, 375), hyphenation (375, 320) and reflow (320). One test per page
 * and width; its failure names every check that failed there. The specs of each feature hold
 * their other tests (accessibility, images, hyphenation, reflow, structure, language, card-grid).
 */
import { test } from "@playwright/test";
import { CHECK_TIMEOUT_MS, SWEEP_WIDTHS, sweep, sweepChecks, sweepUrls } from "./checks/sweep.ts";

for (const url of sweepUrls()) {
  for (const width of SWEEP_WIDTHS) {
    const checks = sweepChecks(url, width);
    if (checks.length === 0) continue;
    test(`${url} at ${width}px: ${checks.map((c) => c.name).join(", ")}`, async ({ page }) => {
      // Each check had a test, and so a timeout, of its own.
      test.setTimeout(CHECK_TIMEOUT_MS * checks.length);
      await sweep(page, url, width, checks);
    });
  }
}
