/**
 * The front page answers in one look: who we are (lead and hero), what is new, what is next,
 * what is open (funding rounds with deadlines), the topics and how to help. Leichte Sprache
 * and Gebärdensprache are linked in the header of every page; their texts live on their pages.
 */
import { expect, test } from "@playwright/test";
import { siteUrls } from "./site-urls.ts";

test("the front page has its sections in order", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("img").first()).toBeVisible();
  const h2 = await page.locator("main h2").allTextContents();
  expect(h2).toEqual(["Aktuelles", "Termine", "Jetzt bewerben", "Unsere Themen", "Helfen Sie mit"]);
  await expect(page.getByRole("main").getByRole("link", { name: "So können Sie helfen" })).toHaveAttribute("href", "/spenden/");
  await expect(page.locator(".home-topics").getByRole("listitem")).not.toHaveCount(0);
  await expect(page.getByRole("heading", { name: "In Leichter Sprache" })).toHaveCount(0);
});

test("the front page links the programmes that are open, as /foerderung/ lists them", async ({ page }) => {
  await page.goto("/foerderung/");
  const open = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Jetzt bewerben" }) });
  const expected = (await open.count())
    ? await open
        .getByRole("heading", { level: 3 })
        .getByRole("link")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")))
    : [];
  await page.goto("/");
  const section = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Jetzt bewerben" }) });
  const links = await section
    .getByRole("heading", { level: 3 })
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links).toEqual(expected);
  if (expected.length === 0) await expect(section).toContainText("Derzeit läuft keine Bewerbungsrunde.");
  else await expect(section.getByText(/^Bewerbung möglich bis \d{1,2}\. \S+ \d{4}$/)).toHaveCount(expected.length);
  await expect(section.getByRole("link", { name: "Alle Förderprogramme" })).toHaveAttribute("href", "/foerderung/");
});

test("the front page lists the newest news and the next events, or says there are none", async ({ page }) => {
  await page.goto("/");
  const urls = siteUrls();
  for (const [title, prefix, none] of [
    ["Aktuelles", "/aktuelles/", "Derzeit gibt es keine Meldungen."],
    ["Termine", "/termine/", "Derzeit sind keine Termine angekündigt."],
  ] as const) {
    const section = page.locator("section", { has: page.getByRole("heading", { level: 2, name: title }) });
    const items = urls.filter((url) => url.startsWith(prefix) && url !== prefix);
    const links = section.getByRole("heading", { level: 3 }).getByRole("link");
    if (items.length === 0) {
      await expect(section).toContainText(none);
      await expect(links).toHaveCount(0);
    } else {
      const count = await links.count();
      expect(count).toBeLessThanOrEqual(3);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(items).toContain(href);
    }
  }
});

test("every page links Leichte Sprache and Gebärdensprache in its header", async ({ page }) => {
  for (const url of ["/", "/kontakt/", "/foerderung/", "/themen/kommunale-entwicklungszusammenarbeit/"]) {
    await page.goto(url);
    const nav = page.getByRole("banner").getByRole("navigation", { name: "Leichte Sprache und Gebärdensprache" });
    await expect(nav.getByRole("link", { name: "Leichte Sprache" }), url).toHaveAttribute("href", "/leichte-sprache/");
    await expect(nav.getByRole("link", { name: "Gebärdensprache" }), url).toHaveAttribute("href", "/gebaerdensprache/");
  }
});

test("the Gebärdensprache page says honestly that there are no videos yet and how to reach us", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Gebärdensprache" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deutsche Gebärdensprache");
  await expect(page.getByRole("main")).toContainText("Videos in Deutscher Gebärdensprache gibt es auf dieser Website noch nicht.");
  await expect(page.locator("video, iframe, object, embed")).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("link", { name: "Erklärung zur Barrierefreiheit" })).toHaveAttribute("href", "/barrierefreiheit/#gebaerdensprache");
});
