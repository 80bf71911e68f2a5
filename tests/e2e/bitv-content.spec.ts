/**
 * BITV 2.0 content: every page's header leads to the site explained in Leichte Sprache and to
 * a page that says where the sign-language videos will be (without pretending to have them);
 * the Erklärung zur Barrierefreiheit has every part the law asks for.
 */
import { expect, test, type Page } from "@playwright/test";

/** The elements between an h2 and the next h2, as one locator. */
function section(page: Page, headingId: string) {
  return page.locator(`xpath=//h2[@id="${headingId}"]/following-sibling::*[preceding-sibling::h2[1][@id="${headingId}"] and not(self::h2)]`);
}

/** The text of such a section, one line per line break. */
async function sectionText(page: Page, headingId: string): Promise<string> {
  const texts = await section(page, headingId).evaluateAll((elements) => elements.map((e) => (e as HTMLElement).innerText.replaceAll("\u00AD", "")));
  expect(texts.length, `Abschnitt #${headingId}`).toBeGreaterThan(0);
  return texts.join("\n");
}

test("every page leads to the site explained in Leichte Sprache", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Leichte Sprache" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leichte Sprache");
  await expect(page.getByRole("main").getByRole("link", { name: "Erklärung zur Barrierefreiheit" })).toHaveAttribute("href", "/barrierefreiheit/");
  await expect(page.getByRole("main").getByRole("link", { name: "Kontakt", exact: true })).toHaveAttribute("href", "/kontakt/");
  // How to use the site, including the phone menu behind its button and the search field.
  const text = await sectionText(page, "so-funktioniert-diese-internet-seite");
  expect(text).toContain("Menü");
  expect(text).toContain("Handy");
  expect(text).toContain("Such-Feld");
  // Leichte Sprache: short lines, one statement each.
  const longest = Math.max(...text.split(/\n/).map((line) => line.trim().split(/\s+/).length));
  expect(longest, "Wörter in der längsten Zeile").toBeLessThanOrEqual(15);
});

test("the sign-language page is linked from every page and says honestly that the videos do not exist yet", async ({ page }) => {
  await page.goto("/kontakt/");
  await page.getByRole("banner").getByRole("link", { name: "Gebärdensprache" }).click();
  expect(await sectionText(page, "was-es-schon-gibt")).toContain("noch nicht");
  await expect(page.locator("video, iframe, object, embed")).toHaveCount(0);
  await page.getByRole("main").getByRole("link", { name: "Erklärung zur Barrierefreiheit" }).click();
  await expect(page).toHaveURL(/\/barrierefreiheit\/#gebaerdensprache$/);
  await expect(page.getByRole("heading", { level: 2, name: "Gebärdensprache", exact: true })).toBeInViewport();
});

test("the Erklärung zur Barrierefreiheit is complete", async ({ page }) => {
  await page.goto("/barrierefreiheit/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Erklärung zur Barrierefreiheit");
  const status = await sectionText(page, "stand-der-vereinbarkeit-mit-den-anforderungen");
  expect(status).toMatch(/(vollständig|teilweise|nicht) vereinbar/);
  expect(status).toContain("WCAG 2.2");

  const limits = section(page, "nicht-barrierefreie-inhalte");
  await expect(limits.getByRole("listitem")).not.toHaveCount(0);
  expect(await sectionText(page, "nicht-barrierefreie-inhalte")).toContain("Gebärdensprache");

  const feedback = section(page, "barriere-melden");
  await expect(feedback.getByRole("link", { name: "barrierefreiheit@sez.de" })).toHaveAttribute("href", "mailto:barrierefreiheit@sez.de");
  expect(await sectionText(page, "barriere-melden")).toContain("Telefon");

  const enforcement = section(page, "durchsetzungsverfahren-schlichtung");
  const enforcementText = await sectionText(page, "durchsetzungsverfahren-schlichtung");
  for (const part of ["Schlichtungsstelle", "Else-Josenhans-Straße 6", "70173 Stuttgart"]) expect(enforcementText).toContain(part);
  await expect(enforcement.getByRole("link", { name: "barrierefreiheit-bw.de" })).toHaveAttribute("href", /^https:\/\/barrierefreiheit-bw\.de\//);

  expect(await sectionText(page, "erstellung-dieser-erklaerung")).toMatch(/am \d{1,2}\. \S+ \d{4} erstellt/);
});
