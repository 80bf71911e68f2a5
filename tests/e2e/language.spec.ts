/**
 * Language (WCAG 3.1.1 and 3.1.2): the foreign-language passages of the content are marked.
 * That every page says it is German and every `lang` inside is a well-formed language tag is
 * checked in the sweep (tests/e2e/sweep.spec.ts with tests/e2e/checks/language.ts).
 */
import { expect, test } from "@playwright/test";

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
