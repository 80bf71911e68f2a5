/**
 * Keyboard: the tab order of the KEZ page follows the reading order, every tab stop shows a
 * focus indicator of at least 2 px with 3:1 contrast, and the mobile menu opens with its
 * button, closes with Escape and gives focus back to the button.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { addUserStyles } from "./user-styles.ts";
import { focusIndicator, recordFocusBaseline, type FocusIndicator } from "./focus-indicator.ts";

const KEZ = "/themen/kommunale-entwicklungszusammenarbeit/";

/** The expected tab stops, in order, each with a name for the failure message. */
async function expectedStops(page: Page): Promise<[string, Locator][]> {
  const banner = page.getByRole("banner");
  const mainNav = page.getByRole("navigation", { name: "Hauptnavigation" });
  const crumbs = page.getByRole("navigation", { name: "Brotkrumennavigation" });
  const main = page.getByRole("main");
  const aside = page.getByRole("complementary");
  const stops: [string, Locator][] = [
    ["Sprunglink", page.getByRole("link", { name: "Zum Inhalt springen" })],
    ["Logo (Startseite)", banner.getByRole("link", { name: /^SEZ/ })],
    ["Leichte Sprache", banner.getByRole("link", { name: "Leichte Sprache" })],
    ["Gebärdensprache", banner.getByRole("link", { name: "Gebärdensprache" })],
    ["Suchfeld", banner.getByRole("searchbox", { name: "Suchbegriff" })],
    ["Suchen-Knopf", banner.getByRole("button", { name: "Suchen" })],
  ];
  for (const [index, link] of (await mainNav.getByRole("link").all()).entries()) stops.push([`Hauptnavigation ${index + 1}`, link]);
  for (const [index, link] of (await crumbs.getByRole("link").all()).entries()) stops.push([`Brotkrume ${index + 1}`, link]);
  const contentLinks = main.getByRole("link").filter({ hasNotText: "nach oben" });
  for (const [index, link] of (await contentLinks.all()).entries()) stops.push([`Inhaltslink ${index + 1}`, link]);
  stops.push(
    ["Seite drucken", main.getByRole("button", { name: "Seite drucken" })],
    ["nach oben", main.getByRole("link", { name: "nach oben" })],
    ["Spendenlink", aside.getByRole("link", { name: "So können Sie helfen" })],
    ["Kontakt Telefon", aside.getByRole("link", { name: /^0711/ })],
    ["Kontakt E-Mail", aside.getByRole("link", { name: /@sez\.de$/ })],
    ["erster Fußzeilenlink", page.getByRole("contentinfo").getByRole("link").first()],
  );
  return stops;
}

test("tab order on the KEZ page at 1280 px: skip link, header, navigation, content, page tools, sidebar", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(KEZ);
  const stops = await expectedStops(page);
  // Sanity: the page really has the parts whose order is asserted.
  expect(stops.filter(([name]) => name.startsWith("Hauptnavigation")).length).toBeGreaterThanOrEqual(4);
  expect(stops.filter(([name]) => name.startsWith("Inhaltslink")).length).toBeGreaterThanOrEqual(1);
  for (const [index, [name, locator]] of stops.entries()) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => `${document.activeElement?.tagName} "${document.activeElement?.textContent?.trim().slice(0, 50)}"`);
    await expect(locator, `Tab ${index + 1} sollte auf "${name}" stehen, steht auf ${focused}`).toBeFocused();
  }
});

/** Tabs through the whole page and returns the indicator of every stop. */
async function indicatorsOfAllStops(page: Page): Promise<FocusIndicator[]> {
  await recordFocusBaseline(page);
  const seen: FocusIndicator[] = [];
  for (let step = 0; step < 200; step++) {
    await page.keyboard.press("Tab");
    const indicator = await focusIndicator(page);
    if (!indicator || (seen.length > 0 && indicator.element === seen[0]?.element)) break;
    seen.push(indicator);
  }
  return seen;
}

test.describe("focus indicators", () => {
  // Focus scrolls the page smoothly otherwise; measured mid-scroll, a stop would look off screen.
  test.use({ reducedMotion: "reduce" });

  for (const width of [1280, 375]) {
    test(`every tab stop on the KEZ page shows a focus indicator (>= 2 px, >= 3:1) at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(KEZ);
      const stops = await indicatorsOfAllStops(page);
      expect(stops.length, "Tab-Stopps auf der Seite").toBeGreaterThan(15);
      const weak = stops
        .filter((s) => s.kind === "none" || s.width < 2 || s.contrast < 3 || !s.visible)
        .map((s) => `${s.element}: ${s.kind}, ${s.width}px, Kontrast ${s.contrast.toFixed(2)}:1${s.visible ? "" : ", nicht sichtbar"} (gezeichnet von ${s.drawnBy || "niemandem"})`);
      expect(weak, "Tab-Stopps ohne ausreichenden Fokusindikator").toEqual([]);
    });
  }
});

test("the indicator check fails for a stop without a visible focus style", async ({ page }) => {
  await page.goto(KEZ);
  await addUserStyles(page, ".logo:focus-visible { outline: none !important; box-shadow: none !important; }");
  await recordFocusBaseline(page);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  expect(await focusIndicator(page)).toMatchObject({ kind: "none" });
});

test("mobile menu at 375 px: opens with its button, closes with Escape, focus returns", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(KEZ);
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  const toggle = nav.getByRole("button", { name: "Menü" });
  const firstLink = nav.getByRole("link", { name: "Themen" });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(firstLink).toBeHidden();

  // Skip link, logo, Leichte Sprache, Gebärdensprache, search field, search button, then the menu button.
  for (let i = 0; i < 7; i++) await page.keyboard.press("Tab");
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(firstLink).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(firstLink).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(firstLink).toBeHidden();
  await expect(toggle).toBeFocused();
});

test("at 1280 px the menu is always open and has no menu button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(KEZ);
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("button", { name: "Menü" })).toBeHidden();
  await expect(nav.getByRole("link", { name: "Themen" })).toBeVisible();
});
