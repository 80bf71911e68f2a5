/**
 * German words break like German words: on a phone (375 px) and at 320 px, every word that
 * wraps inside itself breaks at a soft hyphen (shown as a visible hyphen) or after a hyphen,
 * never at an arbitrary letter. The check on every page runs in the sweep
 * (tests/e2e/sweep.spec.ts, tests/e2e/checks/hyphenation.ts); here, that it sees what it must.
 */
import { expect, test } from "@playwright/test";
import { badBreaks } from "./checks/hyphenation.ts";

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
