/** Aktuelles: the paginated list, the archives, an article with its date, topics, contact and JSON-LD. */
import { expect, test } from "@playwright/test";
import { withoutSoftHyphens } from "../../lib/shared/soft-hyphen.ts";

test("the list shows ten articles, newest first, and links to the next page", async ({ page }) => {
  await page.goto("/aktuelles/");
  await expect(page.getByRole("heading", { level: 1, name: "Aktuelles" })).toBeVisible();
  const titles = page.getByRole("main").getByRole("listitem").getByRole("heading", { level: 2 });
  await expect(titles).toHaveCount(10);
  await expect(titles.first()).toHaveText("Eine-Welt-Tage laden zum Mitmachen ein");
  const dates = await page
    .getByRole("main")
    .locator(".teaser time")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
  expect(dates).toEqual([...dates].sort().reverse());
  const pages = page.getByRole("navigation", { name: "Seiten der Meldungen" });
  await expect(pages.getByRole("link", { name: "Seite 1" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator('link[rel="next"]')).toHaveAttribute("href", "/aktuelles/seite/2/");
  await pages.getByRole("link", { name: "Ältere Meldungen" }).click();
  await expect(page).toHaveURL(/\/aktuelles\/seite\/2\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aktuelles, Seite 2");
  await expect(page.getByRole("main").getByRole("listitem").getByRole("heading", { level: 2 })).toHaveCount(2);
  await expect(page.locator('link[rel="prev"]')).toHaveAttribute("href", "/aktuelles/");
});

test("the archives by year and by topic work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/aktuelles/");
  await page.getByRole("navigation", { name: "Archiv" }).getByRole("link", { name: "2025" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aktuelles aus dem Jahr 2025");
  await expect(page.getByRole("main").locator(".teaser")).toHaveCount(6);
  await page.goto("/aktuelles/");
  await page.getByRole("navigation", { name: "Archiv" }).getByRole("link", { name: "Partnerschaft mit Burundi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aktuelles zum Thema Partnerschaft mit Burundi");
  await context.close();
});

test("an article has breadcrumb, German date, hero with credit, topics, contact and NewsArticle JSON-LD", async ({ page }) => {
  await page.goto("/aktuelles/2025/pressemitteilung-kommunen-engagement/");
  const crumbs = page.getByRole("navigation", { name: "Brotkrumennavigation" });
  await expect(crumbs.getByRole("link", { name: "Aktuelles" })).toHaveAttribute("href", "/aktuelles/");
  await expect(page.getByText("Pressemitteilung vom 18. November 2025")).toBeVisible();
  await expect(page.locator('time[datetime="2025-11-18"]')).toBeVisible();
  // The note's words carry the build's soft hyphens (lib/build/hyphenate.ts).
  const note = page.getByRole("main").locator(".sample-note");
  await expect(note).toBeVisible();
  expect(withoutSoftHyphens(await note.innerText())).toMatch(/^Beispieltext: Diese Meldung wurde als Beispiel/);
  await expect(page.getByRole("main").getByRole("link", { name: "Kommunale Partnerschaften" })).toBeVisible();
  await expect(page.getByRole("complementary").getByText("Nicole Kimmel", { exact: true })).toBeVisible();
  const jsonLd = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent!)));
  const article = jsonLd.find((d) => d["@type"] === "NewsArticle");
  expect(article).toMatchObject({ headline: "Kommunen stärken ihr Engagement für die Eine Welt", datePublished: "2025-11-18" });
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/aktuelles/feed.xml");
  const pager = page.getByRole("navigation", { name: "Weitere Meldungen" });
  await expect(pager.getByRole("link")).toHaveCount(2);
});

test("a topic page shows its latest news and next events", async ({ page }) => {
  await page.goto("/themen/partnerschaft-burundi/");
  const news = page.getByRole("region", { name: "Aktuelles zum Thema" });
  await expect(news.getByRole("link", { name: "Austausch in der Partnerschaft mit Burundi" })).toBeVisible();
  await expect(news.getByRole("link", { name: /Alle Meldungen zum Thema/ })).toHaveAttribute("href", "/aktuelles/thema/partnerschaft-burundi/");
  const events = page.getByRole("region", { name: "Termine" });
  await expect(events.getByRole("link", { name: "Netzwerktreffen Partnerschaft mit Burundi" })).toBeVisible();
});

test("the main navigation leads to Aktuelles and Termine", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("link", { name: "Aktuelles" })).toHaveAttribute("href", "/aktuelles/");
  await expect(nav.getByRole("link", { name: "Termine" })).toHaveAttribute("href", "/termine/");
});
