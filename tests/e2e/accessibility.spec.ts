/**
 * Accessibility: axe-core with the WCAG 2.2 A and AA rules runs on every page of the built
 * site, on a phone and a desktop screen, plus colour contrast of the print style (on the
 * desktop), in the sweep (tests/e2e/sweep.spec.ts with tests/e2e/checks/axe.ts): one test per
 * page and width, so a failure names both, and its message names every broken rule. Here:
 * that the sweep covers every page, and that the print check sees print colours.
 */
import { expect, test } from "@playwright/test";
import { axeOn } from "./checks/axe.ts";
import { sweepUrls } from "./checks/sweep.ts";
import { siteUrls } from "./site-urls.ts";
import { addUserStyles } from "./user-styles.ts";

test("the sweep covers every built page", () => {
  const urls = siteUrls();
  expect(sweepUrls()).toEqual(expect.arrayContaining(urls));
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

test("the print check sees print colours", async ({ page }) => {
  await page.goto("/kontakt/");
  await addUserStyles(page, "@media print { .prose p { color: #bbb !important; } }");
  await page.emulateMedia({ media: "print" });
  const { violations } = await axeOn(page).withRules(["color-contrast"]).analyze();
  expect(violations.map((v) => v.id)).toEqual(["color-contrast"]);
});
