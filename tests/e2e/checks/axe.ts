/**
 * The axe checks of the sweep (tests/e2e/sweep.spec.ts): axe-core with the WCAG 2.2 A and AA
 * rules on the page as it is shown, and colour contrast of the print style.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { Result } from "axe-core";

/** The axe tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * One line per violation: rule, impact, what it means, where it happens.
 *
 * @example
 * describeViolations([{ id: "color-contrast", impact: "serious", help: "...", nodes: [{ target: [".x"] }] }])
 * // => ['color-contrast (serious): ... -> .x']
 */
export function describeViolations(violations: Result[]): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help} -> ${v.nodes.map((node) => `${node.target.join(" ")}${node.failureSummary ? ` [${node.failureSummary.replace(/\s+/g, " ")}]` : ""}`).join("; ")} (${v.helpUrl})`,
  );
}

/**
 * An axe run on the page itself (`axe.run` in the page and its frames of the same origin)
 * rather than axe's default for Playwright, which runs in each frame and collects the results
 * in a new blank page: that second page and two more injections of axe cost about as much as
 * the run, and would only matter for frames of other origins. The site has none (its CSP,
 * `default-src 'none'`, lets no frame load); {@link checkAxe} fails if a page ever has one.
 */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true);
}

/** Frames of the page from another origin, which {@link axeOn} would not check. */
function foreignFrames(page: Page): string[] {
  const origin = new URL(page.url()).origin;
  return page
    .frames()
    .map((frame) => frame.url())
    .filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
}

/** No WCAG 2.2 A/AA violation on the page as it is shown at `width`. */
export async function checkAxe(page: Page, url: string, width: number): Promise<void> {
  expect(foreignFrames(page), `Frames anderer Herkunft auf ${url}: axeOn() prüft sie nicht`).toEqual([]);
  // Only violations are serialised in full; passes would cost time and say nothing here.
  const { violations } = await axeOn(page)
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ["violations"] })
    .analyze();
  expect(describeViolations(violations), `axe-Verstöße auf ${url} bei ${width}px`).toEqual([]);
}

/** The colours of the print style have enough contrast; the page is shown on screen again after. */
export async function checkPrintContrast(page: Page, url: string): Promise<void> {
  // The print style has its own colours; axe checks the page as the printer would get it.
  await page.emulateMedia({ media: "print" });
  try {
    const print = await axeOn(page).withRules(["color-contrast"]).analyze();
    expect(describeViolations(print.violations), `Kontrast im Druck auf ${url}`).toEqual([]);
  } finally {
    await page.emulateMedia({ media: null });
  }
}
