/**
 * The language check of the sweep (tests/e2e/sweep.spec.ts), WCAG 3.1.1 and 3.1.2: the page
 * says it is German, and every `lang` inside is a well-formed language tag.
 */
import { expect, type Page } from "@playwright/test";

/** `lang="de"` on the page, and only well-formed tags inside it. */
export async function checkLanguage(page: Page, url: string): Promise<void> {
  await expect.soft(page.locator("html"), `lang auf ${url}`).toHaveAttribute("lang", "de");
  const inner = await page.locator("body [lang]").evaluateAll((elements) => elements.map((e) => e.getAttribute("lang") ?? ""));
  expect
    .soft(
      inner.filter((tag) => !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)),
      `ungültige lang-Werte auf ${url}`,
    )
    .toEqual([]);
}
