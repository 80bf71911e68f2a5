/**
 * Publications: `/publikationen/` groups them by type, newest first, each download link says
 * format, size and pages as read from the PDF; the type and year filters are plain links;
 * search finds a publication by its title.
 */
import { expect, test } from "@playwright/test";
import { PublicationTypes } from "../../lib/schemas/publication.ts";
import { expectedFacts, publications } from "./content-sources.ts";
import { withoutSoftHyphens } from "../../lib/shared/soft-hyphen.ts";

test("the list groups by type, newest first, with format, size and pages from the files", async ({ page }) => {
  await page.goto("/publikationen/");
  const all = publications();
  const groups = (await page.locator("main section h2").allTextContents()).map(withoutSoftHyphens);
  expect(groups.length).toBe(new Set(all.map((p) => p.fm.type)).size);
  for (const section of await page.locator("main section").all()) {
    const titles = (await section.locator("h3").allTextContents()).map(withoutSoftHyphens);
    const years = titles.map((title) => all.find((p) => p.fm.title === title)!.fm.year);
    expect(years, `neueste zuerst in ${await section.locator("h2").textContent()}`).toEqual([...years].sort((a, b) => b - a));
  }
  for (const { fm } of all) {
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: fm.title, exact: true }) });
    await expect(item.getByRole("link", { name: `${fm.title} herunterladen` })).toHaveText(`${fm.title} herunterladen ${await expectedFacts(fm.file)}`);
    await expect(item).toContainText(String(fm.year));
  }
  await expect(page.getByText(/PDF, \d+ kB, \d+ Seiten?/).first()).toBeVisible();
});

test("filters by type and by year without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/publikationen/");
  const all = publications();
  const type = PublicationTypes.find((t) => all.some((p) => p.fm.type === t) && all.some((p) => p.fm.type !== t))!;
  const count = all.filter((p) => p.fm.type === type).length;
  await page
    .getByRole("navigation", { name: "Nach Art" })
    .getByRole("link", { name: new RegExp(`\\(${count}\\)$`) })
    .filter({ hasNotText: "Alle" })
    .first()
    .click();
  await expect(page.getByRole("navigation", { name: "Nach Art" }).locator('[aria-current="page"]')).toHaveCount(1);
  const shownTypes = new Set(await page.locator("main .publication-facts").evaluateAll((els) => els.map((e) => e.textContent!.split(",")[0]!.trim())));
  expect(shownTypes.size).toBe(1);
  const year = Math.max(...all.map((p) => p.fm.year));
  await page
    .getByRole("navigation", { name: "Nach Jahr" })
    .getByRole("link", { name: new RegExp(`^${year} `) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/publikationen/jahr/${year}/$`));
  await expect(page.locator("main h3")).toHaveCount(all.filter((p) => p.fm.year === year).length);
  await context.close();
});

test("a publication has its own page, and the search finds it by its title", async ({ page }) => {
  const { slug, fm } = publications().find((p) => p.fm.type === "Jahresbericht")!;
  await page.goto(`/publikationen/${slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fm.title);
  await expect(page.getByRole("link", { name: `${fm.title} herunterladen` })).toHaveText(`${fm.title} herunterladen ${await expectedFacts(fm.file)}`);
  const urls = await page.evaluate(async (q) => {
    const bundle: string = "/pagefind/pagefind.js";
    const pagefind = (await import(bundle)) as { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
    return Promise.all((await pagefind.search(q)).results.map(async (r) => (await r.data()).url));
  }, "Jahresbericht");
  expect(urls).toContain(`/publikationen/${slug}/`);
});
