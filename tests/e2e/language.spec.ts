/**
 * Language (WCAG 3.1.1 and 3.1.2): every page says it is German, every `lang` inside is a
 * well-formed language tag, and the foreign-language passages of the content are marked.
 */
import { expect, test } from "@playwright/test";
import { siteUrls } from "./site-urls.ts";

test('every page is lang="de" and every inner lang is a valid tag', async ({ page }) => {
  // One test walks every page: its time grows with the site (news and events add pages every year).
  test.setTimeout(30_000 + siteUrls().length * 1_000);
  for (const url of siteUrls()) {
    await page.goto(url);
    await expect.soft(page.locator("html"), `lang auf ${url}`).toHaveAttribute("lang", "de");
    const inner = await page.locator("body [lang]").evaluateAll((elements) => elements.map((e) => e.getAttribute("lang") ?? ""));
    expect
      .soft(
        inner.filter((tag) => !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)),
        `ungültige lang-Werte auf ${url}`,
      )
      .toEqual([]);
  }
});

test("English passages are marked as English", async ({ page }) => {
  const passages: [string, string][] = [
    ["/barrierefreiheit/", "Web Content Accessibility Guidelines"],
    ["/themen/fairer-handel/", "Fairtrade-Town"],
    ["/themen/kommunale-entwicklungszusammenarbeit/faire-beschaffung/", "Fairtrade-Town"],
  ];
  for (const [url, text] of passages) {
    await page.goto(url);
    const marked = page.getByRole("main").getByText(text, { exact: true });
    await expect(marked.first(), `"${text}" auf ${url}`).toHaveAttribute("lang", "en");
    const unmarked = await marked.evaluateAll((elements) => elements.filter((e) => e.closest("[lang]")?.getAttribute("lang") !== "en").length);
    expect(unmarked, `"${text}" ohne lang="en" auf ${url}`).toBe(0);
  }
});
