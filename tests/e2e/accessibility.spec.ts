/**
 * Accessibility sweep: axe-core with the WCAG 2.2 A and AA rules on every page of the built
 * site, on a phone and a desktop screen, plus colour contrast of the print style (in the
 * desktop test). One test per page and width, so a failure names both, and its message
 * names every broken rule.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addUserStyles } from "./user-styles.ts";
import type { Result } from "axe-core";
import { siteUrls } from "./site-urls.ts";

/** The axe tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const WIDTHS = [375, 1280] as const;

/** The print contrast check runs once per page, together with the desktop sweep. */
const PRINT_CHECK_WIDTH = 1280;

/**
 * One line per violation: rule, impact, what it means, where it happens.
 *
 * @example
 * describeViolations([{ id: "color-contrast", impact: "serious", help: "...", nodes: [{ target: [".x"] }] }])
 * // => ['color-contrast (serious): ... -> .x']
 */
function describeViolations(violations: Result[]): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help} -> ${v.nodes.map((node) => `${node.target.join(" ")}${node.failureSummary ? ` [${node.failureSummary.replace(/\s+/g, " ")}]` : ""}`).join("; ")} (${v.helpUrl})`,
  );
}

async function open(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response, `${url} antwortet nicht`).not.toBeNull();
}

test("the sweep covers every built page", () => {
  const urls = siteUrls();
  expect(urls).toEqual(
    expect.arrayContaining([
      "/",
      "/404.html",
      "/barrierefreiheit/",
      "/leichte-sprache/",
      "/gebaerdensprache/",
      "/themen/kommunale-entwicklungszusammenarbeit/",
      "/foerderung/",
      "/foerderung/musterprogramm-eine-welt-schulen/",
      "/publikationen/",
      "/publikationen/art/formular/",
      "/publikationen/jahr/2026/",
      "/publikationen/jahresbericht-2025-muster/",
    ]),
  );
});

for (const url of siteUrls()) {
  for (const width of WIDTHS) {
    test(`axe WCAG 2.2 AA: ${url} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, url);
      // Only violations are serialised in full; passes would cost time and say nothing here.
      const { violations } = await new AxeBuilder({ page })
        .withTags(WCAG_TAGS)
        .options({ resultTypes: ["violations"] })
        .analyze();
      expect(describeViolations(violations), `axe-Verstöße auf ${url} bei ${width}px`).toEqual([]);
      if (width !== PRINT_CHECK_WIDTH) return;
      // The print style has its own colours; axe checks the page as the printer would get it.
      await page.emulateMedia({ media: "print" });
      const print = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
      expect(describeViolations(print.violations), `Kontrast im Druck auf ${url}`).toEqual([]);
    });
  }
}

test("the print check sees print colours", async ({ page }) => {
  await page.goto("/kontakt/");
  await addUserStyles(page, "@media print { .prose p { color: #bbb !important; } }");
  await page.emulateMedia({ media: "print" });
  const { violations } = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
  expect(violations.map((v) => v.id)).toEqual(["color-contrast"]);
});
