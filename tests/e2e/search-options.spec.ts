/**
 * Search by type and date: the type filter (Thema, Aktuelles, Termin, Förderung, Publikation)
 * and the date sort of `/suche/`, as the page's form (a plain GET form without JavaScript) and
 * as the address (`?art=`, `?sortierung=`), with type and date in every result.
 */
import { expect, test, type Page } from "@playwright/test";

const TYPES = ["Thema", "Aktuelles", "Termin", "Förderung", "Publikation"];

const results = (page: Page) => page.getByRole("list", { name: "Suchergebnisse" });
const resultTitles = (page: Page) => results(page).getByRole("heading", { level: 2 });
const summary = (page: Page) => page.locator("pagefind-summary");

/** Waits for the results of `query` and scrolls until every placeholder has its result. */
async function settle(page: Page, query: string): Promise<void> {
  await expect(summary(page)).toContainText(`für „${query}“`);
  await renderAll(page);
}

/** Scrolls from the top until every result placeholder has its result. */
async function renderAll(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(results(page).locator(":scope > li").first()).toBeAttached();
  const placeholders = results(page).locator(':scope > li[aria-hidden="true"]');
  await expect
    .poll(
      async () => {
        await page.evaluate(() => window.scrollBy(0, window.innerHeight * 0.8));
        return (await resultTitles(page).count()) > 0 ? placeholders.count() : -1;
      },
      { intervals: [100], timeout: 40_000 },
    )
    .toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The paths of the rendered results, in order. */
function resultPaths(page: Page): Promise<string[]> {
  return results(page)
    .locator(".pf-result-title a")
    .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The count in the summary ("8 Ergebnisse für …"). */
async function summaryCount(page: Page): Promise<number> {
  return Number(/\d+/.exec((await summary(page).textContent()) ?? "")?.[0] ?? Number.NaN);
}

/** The type of each result, from its meta line ("Termin · 12. März 2027 · Thema: …"). */
async function resultTypes(page: Page): Promise<string[]> {
  // A topic page's line is "Thema: <topic>" alone.
  return (await results(page).locator(".search-result-topic").allTextContents()).map((text) => (text.startsWith("Thema: ") ? "Thema" : text.split(" · ")[0]!));
}

/** Result URLs in the order Pagefind itself gives for these options. */
async function pagefindUrls(page: Page, query: string, options: Record<string, unknown>): Promise<string[]> {
  return page.evaluate(
    async ({ q, o }) => {
      const bundle = "/pagefind/pagefind.js";
      const pagefind = (await import(bundle)) as { search(q: string, o: unknown): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
      return Promise.all((await pagefind.search(q, o)).results.map(async (r) => (await r.data()).url));
    },
    { q: query, o: options },
  );
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search page has a plain GET form for type and order", async ({ page }) => {
    await page.goto("/suche/");
    await page.getByText("Art und Reihenfolge", { exact: true }).click();
    const form = page.getByRole("form", { name: "Art und Reihenfolge der Ergebnisse" });
    expect(await form.evaluate((f) => (f as HTMLFormElement).method)).toBe("get");
    await expect(form).toHaveAttribute("action", "/suche/");
    await expect(form.getByRole("combobox", { name: "Art" }).getByRole("option")).toHaveText(["Alle Inhalte", ...TYPES]);
    await expect(form.getByRole("combobox", { name: "Reihenfolge" }).getByRole("option")).toHaveText([/^Beste Treffer/, /^Neueste zuerst/, /^Älteste zuerst/]);
    await form.getByRole("combobox", { name: "Art" }).selectOption("Termin");
    await form.getByRole("combobox", { name: "Reihenfolge" }).selectOption("neueste");
    await form.getByRole("button", { name: "Anwenden" }).click();
    await expect(page).toHaveURL(/\/suche\/\?q=&art=Termin&sortierung=neueste$/);
  });
});

test("choosing a type narrows the results to it, and the address keeps it", async ({ page }) => {
  await page.goto("/suche/?q=Partnerschaft");
  await settle(page, "Partnerschaft");
  const all = await resultTypes(page);
  expect(new Set(all).size, `Arten: ${all.join(", ")}`).toBeGreaterThan(1);
  await page.getByText("Art und Reihenfolge", { exact: true }).click();
  await page.getByRole("combobox", { name: "Art" }).selectOption("Aktuelles");
  await expect(page).toHaveURL(/[?&]art=Aktuelles(&|$)/);
  await expect.poll(() => summaryCount(page)).toBe(all.filter((t) => t === "Aktuelles").length);
  await renderAll(page);
  expect([...new Set(await resultTypes(page))]).toEqual(["Aktuelles"]);
});

test("an address with a type opens filtered, with that type chosen", async ({ page }) => {
  await page.goto("/suche/?q=Partnerschaft&art=Termin");
  await settle(page, "Partnerschaft");
  expect([...new Set(await resultTypes(page))]).toEqual(["Termin"]);
  await expect(page.getByRole("combobox", { name: "Art" })).toHaveValue("Termin");
});

test("programmes and publications are types of their own", async ({ page }) => {
  await page.goto("/suche/?q=Muster&art=F%C3%B6rderung");
  await settle(page, "Muster");
  expect([...new Set(await resultTypes(page))]).toEqual(["Förderung"]);
  await page.getByRole("combobox", { name: "Art" }).selectOption("Publikation");
  await expect(page).toHaveURL(/[?&]art=Publikation(&|$)/);
  await renderAll(page);
  await expect.poll(async () => [...new Set(await resultTypes(page))]).toEqual(["Publikation"]);
});

test("the filter pane offers the types too, closed below the open topics", async ({ page }) => {
  await page.goto("/suche/?q=Partnerschaft");
  await settle(page, "Partnerschaft");
  await page.getByText("Nach Thema und Art eingrenzen", { exact: true }).click();
  await expect(page.getByRole("group", { name: "Thema" }).getByRole("checkbox").first()).toBeVisible();
  await expect(page.locator("pagefind-filter-pane")).toContainText("Art");
});

for (const [sort, direction] of [
  ["neueste", "desc"],
  ["aelteste", "asc"],
] as const) {
  test(`sortierung=${sort} orders the dated results by date (${direction})`, async ({ page }) => {
    await page.goto(`/suche/?q=Partnerschaft&sortierung=${sort}`);
    await settle(page, "Partnerschaft");
    await expect(page.getByRole("combobox", { name: "Reihenfolge" })).toHaveValue(sort);
    const links = await results(page)
      .locator(".pf-result-title a")
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const expected = await pagefindUrls(page, "Partnerschaft", { sort: { datum: direction } });
    expect(links).toEqual(expected);
    const relevance = await pagefindUrls(page, "Partnerschaft", {});
    expect(links).not.toEqual(relevance);
    // Only dated content is sorted: news, events, programmes, publications.
    for (const type of await resultTypes(page)) expect(["Aktuelles", "Termin", "Förderung", "Publikation"]).toContain(type);
  });
}

test("changing the order re-sorts the current results and keeps the address", async ({ page }) => {
  await page.goto("/suche/?q=Partnerschaft");
  await settle(page, "Partnerschaft");
  await page.getByText("Art und Reihenfolge", { exact: true }).click();
  await page.getByRole("combobox", { name: "Reihenfolge" }).selectOption("neueste");
  await expect(page).toHaveURL(/[?&]sortierung=neueste(&|$)/);
  await expect(page).toHaveURL(/[?&]q=Partnerschaft(&|$)/);
  const expected = await pagefindUrls(page, "Partnerschaft", { sort: { datum: "desc" } });
  await expect.poll(() => summaryCount(page)).toBe(expected.length);
  await renderAll(page);
  expect(await resultPaths(page)).toEqual(expected);
});
