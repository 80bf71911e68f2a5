/** The KEZ page: everything a visitor of the old page finds again. */
import { expect, test } from "@playwright/test";

const KEZ = "/themen/kommunale-entwicklungszusammenarbeit/";

test.beforeEach(async ({ page }) => {
  await page.goto(KEZ);
});

test("title, breadcrumb and hero photo with caption and credit", async ({ page }) => {
  await expect(page).toHaveTitle("Kommunale Entwicklungszusammenarbeit (KEZ) – SEZ");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kommunale Entwicklungszusammenarbeit (KEZ)");
  await expect(page.getByRole("navigation", { name: "Brotkrumennavigation" }).getByRole("listitem")).toHaveText(["Startseite", "Themen", "Kommunale Entwicklungszusammenarbeit"]);
  const hero = page.locator("figure.hero");
  await expect(hero.getByRole("img")).toHaveAttribute("alt", /Marktplatz/);
  await expect(hero.locator("figcaption")).toHaveText("Marktplatz in Ravensburg. Platzhalter für ein Foto von H. Wollensak");
});

test("intro and the three sections in order", async ({ page }) => {
  const main = page.getByRole("main");
  await expect(main.getByText("Sammelbegriff für viele Initiativen")).toBeVisible();
  await expect(main.getByRole("heading", { level: 2 })).toHaveText(["Allgemeine KEZ", "KEZ auf Verwaltungsebene", "Handlungsfelder in und durch Kommunen", "Aktuelles zum Thema", "Termine"]);
  await expect(main.locator("figure").filter({ hasText: "Zwei Damen" }).locator("figcaption")).toHaveText("Zwei Damen aus dem Iran. Platzhalter für ein Foto von SEZ");
  await expect(main.locator(".prose").getByText("Partnerschaftsurkunde")).toBeVisible();
});

test("the four fields of action are linked cards", async ({ page }) => {
  const cards = page.getByRole("main").locator(".cards").getByRole("heading", { level: 3 });
  await expect(cards).toHaveText(["Kommunale Partnerschaften", "Fairer Handel und faire Beschaffung", "Entwicklungspolitische Bildungsarbeit", "Migration und Entwicklung"]);
  await cards.getByRole("link", { name: "Migration und Entwicklung" }).click();
  await expect(page).toHaveURL(/\/themen\/kommunale-entwicklungszusammenarbeit\/migration-und-entwicklung\/$/);
});

test('"Letzte Aktualisierung" and "Seite drucken | nach oben"', async ({ page }) => {
  await expect(page.getByText("Letzte Aktualisierung: 11.02.2013")).toBeVisible();
  await expect(page.locator("time[datetime='2013-02-11']")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Seite drucken" })).toBeVisible();
  await expect(page.getByRole("link", { name: "nach oben" })).toBeVisible();
  await expect(page.locator(".page-tools")).toHaveText("Seite drucken | nach oben");
});

test("sidebar: donation box and the contact card of Nicole Kimmel", async ({ page }) => {
  const aside = page.getByRole("complementary");
  await expect(aside.getByRole("heading", { name: "Spenden/Zustiftungen" })).toBeVisible();
  await expect(aside.getByRole("link", { name: "So können Sie helfen" })).toHaveAttribute("href", "/spenden/");
  const card = aside.locator(".contact-card");
  await expect(aside.getByRole("heading", { name: "Kontakt" })).toBeVisible();
  await expect(card.getByRole("img", { name: /^Gemaltes Platzhalterbild statt eines Porträts/ })).toBeVisible();
  await expect(card.getByText("Nicole Kimmel", { exact: true })).toBeVisible();
  await expect(card.getByRole("link", { name: "0711 / 2 10 29-40" })).toHaveAttribute("href", "tel:+497112102940");
  await expect(card.getByText("0711 / 2 10 29-50")).toBeVisible();
  await expect(card.getByRole("link", { name: "kimmel@sez.de" })).toHaveAttribute("href", "mailto:kimmel@sez.de");
});

test("the print button opens the print dialog", async ({ page }) => {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole("button", { name: "Seite drucken" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
