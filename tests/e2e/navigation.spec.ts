/** Navigation: main nav with aria-current, breadcrumb, skip link, "nach oben", footer links, 404. */
import { expect, test } from "@playwright/test";

const KEZ = "/themen/kommunale-entwicklungszusammenarbeit/";

test("main navigation marks the current section and page", async ({ page }) => {
  await page.goto(KEZ);
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("link", { name: "Themen" })).toHaveAttribute("aria-current", "true");
  await nav.getByRole("link", { name: "Kontakt" }).click();
  await expect(page).toHaveURL(/\/kontakt\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakt");
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Kontakt" })).toHaveAttribute("aria-current", "page");
});

test("breadcrumb shows the page hierarchy and links up", async ({ page }) => {
  await page.goto("/themen/kommunale-entwicklungszusammenarbeit/kommunale-partnerschaften/");
  const crumbs = page.getByRole("navigation", { name: "Brotkrumennavigation" });
  await expect(crumbs.getByRole("listitem")).toHaveText(["Startseite", "Themen", "Kommunale Entwicklungszusammenarbeit", "Kommunale Partnerschaften"]);
  await expect(crumbs.getByRole("link", { name: "Kommunale Partnerschaften" })).toHaveAttribute("aria-current", "page");
  await crumbs.getByRole("link", { name: "Kommunale Entwicklungszusammenarbeit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kommunale Entwicklungszusammenarbeit (KEZ)");
  const blocks = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? "{}")));
  const jsonLd = blocks.find((block) => block["@type"] === "BreadcrumbList");
  expect(jsonLd.itemListElement.map((item: { name: string }) => item.name)).toEqual(["Startseite", "Themen", "Kommunale Entwicklungszusammenarbeit"]);
});

test("the skip link is the first tab stop and moves focus to the content", async ({ page }) => {
  await page.goto(KEZ);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test('"nach oben" returns to the top of the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(KEZ);
  const up = page.getByRole("link", { name: "nach oben" });
  await up.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await up.click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(5);
  await expect(page).toHaveURL(/#top$/);
});

test("footer links reach every service page", async ({ page }) => {
  await page.goto(KEZ);
  const footer = page.getByRole("contentinfo");
  const expected: [string, string][] = [
    ["Impressum", "Impressum"],
    ["Datenschutz", "Datenschutz"],
    ["Erklärung zur Barrierefreiheit", "Erklärung zur Barrierefreiheit"],
    ["Leichte Sprache", "Leichte Sprache"],
    ["Kontakt", "Kontakt"],
  ];
  for (const [link, heading] of expected) {
    await page.goto(KEZ);
    await footer.getByRole("link", { name: link, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
});

test("an unknown URL gets the 404 page", async ({ page }) => {
  const response = await page.goto("/gibt-es-nicht/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  await expect(
    page
      .getByRole("main")
      .getByRole("link", { name: /Startseite/ })
      .first(),
  ).toBeVisible();
});
