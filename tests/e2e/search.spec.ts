/**
 * Search: the Pagefind index, the search page `/suche/` and highlighting on the target page,
 * all under the site's own Content-Security-Policy (`lib/hosting/csp.ts`: the test server
 * sends `_site/_headers`, and every page carries it as `<meta>`). German cases: plural and
 * singular, umlauts typed three ways, parts of compounds.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page, type Response } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { layoutShift, layoutShiftSources, watchLayoutShift } from "./layout-shift.ts";
import { withoutSoftHyphens } from "../../lib/shared/soft-hyphen.ts";

const BURUNDI = "Partnerschaft mit Burundi";
const KEZ = "Kommunale Entwicklungszusammenarbeit (KEZ)";
const PARTNERSCHAFTEN = "Kommunale Partnerschaften";

/** Serves every response with the given policy, as the CDN would with `_headers`. */
async function withPolicy(context: BrowserContext, policy: string): Promise<void> {
  await context.route("**/*", async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy } });
    } catch (error) {
      // A request still running when its test ends has nobody left to answer.
      if (!/disposed|closed/i.test(String(error))) throw error;
    }
  });
}

/** Collects CSP violations (page and search worker) and every text set into a live region. */
async function watch(page: Page): Promise<{ violations: string[]; announcements: () => Promise<{ text: string; politeness: string }[]> }> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|WebAssembly/i.test(message.text())) violations.push(message.text());
  });
  page.on("worker", (worker) => worker.on("console", (message) => violations.push(`worker: ${message.text()}`)));
  await page.addInitScript(() => {
    const log: { text: string; politeness: string }[] = [];
    (window as unknown as { __announcements: typeof log }).__announcements = log;
    document.addEventListener("securitypolicyviolation", (event) => log.push({ text: `CSP ${event.violatedDirective} ${event.blockedURI}`, politeness: "violation" }));
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const region = (mutation.target instanceof Element ? mutation.target : mutation.target.parentElement)?.closest("[aria-live]");
        const text = region?.textContent?.trim();
        if (region && text) log.push({ text, politeness: region.getAttribute("aria-live") ?? "" });
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return {
    violations,
    announcements: () => page.evaluate(() => (window as unknown as { __announcements: { text: string; politeness: string }[] }).__announcements),
  };
}

const results = (page: Page) => page.getByRole("list", { name: "Suchergebnisse" });
const resultTitles = (page: Page) => results(page).getByRole("heading", { level: 2 });
const summary = (page: Page) => page.locator("pagefind-summary");

/** Runs a query through the address and renders every result (they load as they scroll in). */
async function search(page: Page, query: string): Promise<void> {
  await page.goto(`/suche/?q=${encodeURIComponent(query)}`);
  await expect(summary(page)).toContainText(`für „${query}“`);
  await expect(resultTitles(page).first()).toBeVisible();
  const placeholders = results(page).locator(':scope > li[aria-hidden="true"]');
  await expect
    .poll(
      async () => {
        // At the end of the list a scroll moves nothing and fires no scroll event; results
        // above that have just grown from placeholder to text may have pushed the last
        // placeholders into view meanwhile, so a visitor's next small scroll loads them.
        await page.evaluate(() => {
          const before = window.scrollY;
          window.scrollBy({ top: window.innerHeight * 0.8, behavior: "instant" });
          if (window.scrollY === before) window.scrollBy({ top: -1, behavior: "instant" });
        });
        return placeholders.count();
      },
      { intervals: [100], timeout: 15_000 },
    )
    .toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The Content-Security-Policy the build wrote into `_site/_headers` for every page. */
function sitePolicyHeader(): string {
  const match = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(readFileSync("_site/_headers", "utf8"));
  if (!match) throw new Error("_site/_headers enthält keine Content-Security-Policy");
  return match[1]!.trim();
}

test("type a query, get the right page first, follow it, and find the term highlighted", async ({ page }) => {
  const { violations, announcements } = await watch(page);
  await page.goto("/suche/");
  await page.getByRole("searchbox", { name: "Suchen nach" }).fill("Krankenhäuser");
  await expect(summary(page)).toHaveText(/^\d+ Ergebnisse für „Krankenhäuser“$/);
  await expect(resultTitles(page).first()).toHaveText(BURUNDI);
  await expect(page).toHaveURL(/\/suche\/\?q=Krankenh%C3%A4user$/);

  await resultTitles(page).first().getByRole("link").click();
  await expect(page).toHaveURL(/\/themen\/partnerschaft-burundi\/\?highlight=/);
  const marks = page.getByRole("article").locator("mark.search-highlight");
  await expect(marks.first()).toBeVisible();
  // The page carries soft hyphens in long words (lib/build/hyphenate.ts); the mark spans them.
  expect((await marks.allTextContents()).map(withoutSoftHyphens)).toContain("Krankenhäuser");
  expect(violations).toEqual([]);
  expect((await announcements()).filter((a) => a.politeness === "violation")).toEqual([]);
});

test.describe("German: every spelling finds the right page first", () => {
  const cases = [
    { query: "Krankenhäuser", first: BURUNDI, hit: /^Krankenh(ä|a)us/ },
    { query: "Krankenhauser", first: BURUNDI, hit: /^Krankenh(ä|a)us/ },
    { query: "Krankenhaeuser", first: BURUNDI, hit: /^Krankenh(ä|a)us/ },
    // The webinar's title holds the same compound, so it may rank before the topic page.
    { query: "Zusammenarbeit", first: KEZ, hit: /^Entwicklungszusammenarbeit/, within: 2 },
    { query: "Urkunde", first: PARTNERSCHAFTEN, hit: /^(Partnerschaftsu|U)rkunde/ },
    { query: "Partnerschaften", first: BURUNDI, hit: /^Partnerschaft/ },
    { query: "Partnerschaft", first: BURUNDI, hit: /^Partnerschaft/ },
  ];
  for (const { query, first, hit, within = 1 } of cases as { query: string; first: string; hit: RegExp; within?: number }[]) {
    test(`„${query}“ finds „${first}“ first`, async ({ page }) => {
      await search(page, query);
      await expect(resultTitles(page).first()).toBeVisible();
      const titles = (await resultTitles(page).allTextContents()).slice(0, within);
      expect(titles, `„${first}“ unter den ersten ${within} Ergebnissen`).toContain(first);
      const marks = results(page).getByRole("listitem").first().locator(".pf-result-excerpt mark");
      await expect(marks.first()).toHaveText(hit);
    });
  }

  test("all three spellings of an umlaut word highlight the word as the page spells it", async ({ page }) => {
    for (const query of ["Krankenhäuser", "Krankenhauser", "Krankenhaeuser"]) {
      await search(page, query);
      await resultTitles(page).first().getByRole("link").click();
      const marks = page.getByRole("article").locator("mark.search-highlight");
      await expect(marks.first()).toBeVisible();
      const texts = (await marks.allTextContents()).map(withoutSoftHyphens);
      expect(texts).toContain("Krankenhäuser");
      expect(texts.every((text) => /^Krankenh(ä|a)us(er)?n?$/.test(text))).toBe(true);
    }
  });

  test("the plural finds the singular and the singular the plural", async ({ page }) => {
    await search(page, "Partnerschaften");
    const burundi = results(page)
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: BURUNDI }) });
    await expect(burundi.locator(".pf-result-excerpt mark").first()).toHaveText(/^Partnerschaft\b/);

    await search(page, "Partnerschaft");
    const plural = results(page)
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: PARTNERSCHAFTEN }) });
    await expect(plural.locator(".pf-result-excerpt mark").first()).toHaveText(/^Partnerschaften/);
  });

  test("a part finds the compound on a page that has only the compound", async ({ page }) => {
    await search(page, "Urkunde");
    const kez = results(page)
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: KEZ, exact: true }) });
    await expect(kez.locator(".pf-result-excerpt mark")).toHaveText(["Partnerschaftsurkunde"]);
    await kez.getByRole("link", { name: KEZ, exact: true }).click();
    await expect(page.getByRole("article").locator("mark.search-highlight").first()).toHaveText("Partnerschaftsurkunde");
  });
});

test("results have section links that carry the terms and land on the section", async ({ page }) => {
  await search(page, "Urkunde");
  const sections = results(page).getByRole("list", { name: `Abschnitte von „${PARTNERSCHAFTEN}“` });
  const section = sections.getByRole("link", { name: "Eine Partnerschaft lebt von vielen" });
  await expect(section).toHaveAttribute("href", /\?highlight=[^#]*Urkunde[^#]*#eine-partnerschaft-lebt-von-vielen$/);
  await section.click();
  await expect(page.getByRole("heading", { name: "Eine Partnerschaft lebt von vielen" })).toBeInViewport();
  await expect(page.getByRole("article").locator("mark.search-highlight", { hasText: /^Urkunde$/ })).toBeVisible();
});

/** Unfolds the filter pane (folded, so that its data loads only when a visitor wants it). */
const openFilters = (page: Page) => page.getByText("Nach Thema und Art eingrenzen", { exact: true }).click();

test("the topic filter narrows the results", async ({ page }) => {
  await search(page, "Partnerschaft");
  const all = await resultTitles(page).count();
  await openFilters(page);
  const filter = page.getByRole("group", { name: "Thema" });
  await filter.getByRole("checkbox", { name: /^Partnerschaft mit Burundi/ }).check();
  await expect(resultTitles(page)).toHaveText([BURUNDI]);
  expect(all).toBeGreaterThan(1);
});

test("only page content is indexed: page tools, breadcrumb, donation box and topic cards are not", async ({ page }) => {
  await page.goto("/suche/");
  /** Every result URL for a query, straight from the index (the page renders results lazily). */
  const urls = (query: string) =>
    page.evaluate(async (q) => {
      const bundle: string = "/pagefind/pagefind.js";
      const pagefind = (await import(bundle)) as { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
      const found = await pagefind.search(q);
      return (await Promise.all(found.results.map((r) => r.data()))).map((d) => d.url).sort();
    }, query);
  // "Letzte Aktualisierung" stands in every article's page tools; Pagefind may still return a
  // loose match elsewhere (it matched the lone "A" of "WCAG 2.2 A"), but never that text.
  const excerpts = await page.evaluate(async () => {
    const bundle: string = "/pagefind/pagefind.js";
    const pagefind = (await import(bundle)) as { search(q: string): Promise<{ results: { data(): Promise<{ excerpt: string }> }[] }> };
    return Promise.all((await pagefind.search("Aktualisierung")).results.map(async (r) => (await r.data()).excerpt));
  });
  expect(excerpts.filter((e) => /aktualisierung/i.test(e))).toEqual([]);
  // "Startseite" is the first step of every breadcrumb.
  expect(await urls("Startseite")).toEqual(["/barrierefreiheit/"]);
  // "Zustiftungen" heads every donation box; the front page's donation call is not indexed either.
  expect(await urls("Zustiftung")).toEqual(["/spenden/"]);
  // The Burundi teaser ("von Krankenhäusern über Schulen") is on the topic cards of "/" and "/themen/".
  expect(await urls("Krankenhäusern")).toEqual([
    "/aktuelles/2025/partnerschaft-burundi-austausch/",
    "/leichte-sprache/",
    "/spenden/",
    "/termine/2027/netzwerktreffen-burundi/",
    "/themen/kommunale-entwicklungszusammenarbeit/",
    "/themen/partnerschaft-burundi/",
  ]);
});

test("a query without hits says so in German and politely", async ({ page }) => {
  const { announcements } = await watch(page);
  await page.goto("/suche/?q=Xylophonorchester");
  await expect(summary(page)).toHaveText("Keine Ergebnisse für „Xylophonorchester“. Prüfen Sie die Schreibweise oder versuchen Sie ein anderes Wort.");
  await expect
    .poll(async () => (await announcements()).map((a) => `${a.politeness}: ${a.text}`))
    .toContain("polite: Keine Ergebnisse für „Xylophonorchester“. Prüfen Sie die Schreibweise oder versuchen Sie ein anderes Wort.");
  expect((await announcements()).filter((a) => a.politeness !== "polite")).toEqual([]);
});

// Four pages say "Urkunde": the partnerships' topic, its parent, a news article and a programme.
test("the result count is announced politely", async ({ page }) => {
  const { announcements } = await watch(page);
  await search(page, "Urkunde");
  await expect.poll(async () => (await announcements()).map((a) => `${a.politeness}: ${a.text}`)).toContain("polite: 4 Ergebnisse für „Urkunde“");
  await expect(page.getByText("Die Suche braucht JavaScript.")).toBeHidden();
});

test("keyboard only: header field, results, target page", async ({ page }) => {
  await page.goto("/");
  const headerField = page.getByRole("search", { name: "Website durchsuchen" }).getByRole("searchbox");
  for (let i = 0; i < 10 && !(await headerField.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(headerField).toBeFocused();
  await page.keyboard.type("Urkunde");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/suche\/\?q=Urkunde$/);
  await expect(resultTitles(page).first()).toHaveText(PARTNERSCHAFTEN);

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Zum Inhalt springen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const field = page.getByRole("searchbox", { name: "Suchen nach" });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("Urkunde");
  await page.keyboard.press("ArrowDown");
  const first = resultTitles(page).first().getByRole("link");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/kommunale-partnerschaften\/\?highlight=/);
  await expect(page.getByRole("article").locator("mark.search-highlight").first()).toBeVisible();
});

test("the filter pane loads its data only when it is opened, with the counts for the query", async ({ page }) => {
  const filterFiles: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/filter/")) filterFiles.push(request.url());
  });
  await search(page, "Partnerschaft");
  await page.waitForLoadState("networkidle");
  expect(filterFiles, "the first query fetched filter files").toEqual([]);
  await openFilters(page);
  const burundi = page.getByRole("group", { name: "Thema" }).getByRole("checkbox", { name: /^Partnerschaft mit Burundi/ });
  await expect(burundi).toBeVisible();
  expect(filterFiles.length).toBeGreaterThan(0);
  // The count is the query's, not the whole site's: every Burundi page matching "Partnerschaft".
  const count = Number(
    /\((\d+)\)|(\d+)\s*$/
      .exec((await burundi.locator("xpath=..").textContent()) ?? "")
      ?.slice(1)
      .find(Boolean),
  );
  await burundi.check();
  await expect(resultTitles(page)).toHaveCount(count);
});

test("the search page with results passes axe (WCAG 2.2 AA)", async ({ page }) => {
  await search(page, "Partnerschaft");
  await openFilters(page);
  await expect(page.getByRole("group", { name: "Thema" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("without the policy's 'wasm-unsafe-eval' the search is blocked (the policy check is real)", async ({ page, context }) => {
  const policy = sitePolicyHeader();
  expect(policy).toContain("'wasm-unsafe-eval'");
  await withPolicy(context, policy.replace(" 'wasm-unsafe-eval'", ""));
  const { violations } = await watch(page);
  await page.goto("/suche/?q=Urkunde");
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  await expect(resultTitles(page)).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header form reaches the search page, which explains what to do", async ({ page }) => {
    await page.goto("/themen/");
    await page.getByRole("search", { name: "Website durchsuchen" }).getByRole("searchbox").fill("Urkunde");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\/suche\/\?q=Urkunde$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suche");
    await expect(page.getByText("Die Suche braucht JavaScript.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Themenübersicht" })).toHaveAttribute("href", "/themen/");
  });
});

test("one query fetches little, the next even less (compressed bytes)", async ({ page }) => {
  const pending: Promise<{ path: string; bytes: number }>[] = [];
  // A result that comes into view after the last count (the list settles as results arrive)
  // fetches its fragment after the test has measured; that body can no longer be read and
  // is not part of either query.
  let measuring = true;
  const onResponse = (response: Response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith("/pagefind/")) return;
    pending.push(
      response.body().then(
        (body) => ({
          path,
          // Pagefind's index files are gzip already; the CDN compresses the rest.
          bytes: body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body, { level: 9 }).length,
        }),
        (error: unknown) => {
          if (measuring) throw error;
          return { path, bytes: 0 };
        },
      ),
    );
  };
  page.on("response", onResponse);
  const settle = async () => {
    await page.waitForLoadState("networkidle");
    const files = await Promise.all(pending.splice(0));
    return { files, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
  };
  await page.goto("/suche/");
  const field = page.getByRole("searchbox", { name: "Suchen nach" });
  await field.fill("Partnerschaft");
  await expect(resultTitles(page).first()).toHaveText(BURUNDI);
  const first = await settle();
  await field.fill("Zusammenarbeit");
  await expect(resultTitles(page).first()).toHaveText(/Entwicklungszusammenarbeit/);
  const second = await settle();
  measuring = false;
  page.off("response", onResponse);
  const report = `first query ${first.bytes} B in ${first.files.length} files, second query ${second.bytes} B in ${second.files.length} files (compressed)`;
  test.info().annotations.push({ type: "bytes", description: report });
  console.log(`[search] ${report}`);
  expect(first.files.map((file) => file.path)).toContain("/pagefind/pagefind.js");
  expect(first.bytes).toBeLessThanOrEqual(150 * 1024);
  expect(second.bytes).toBeLessThanOrEqual(40 * 1024);
  expect(second.bytes).toBeLessThan(first.bytes);
});

test("a phone fetches the text of the results it shows, the rest as they scroll in", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const fragments: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/fragment/")) fragments.push(request.url());
  });
  await page.goto("/suche/?q=Partnerschaft");
  await expect(resultTitles(page).first()).toHaveText(BURUNDI);
  await page.waitForLoadState("networkidle");
  // The results start below the field and the topic filter; a result is some 25 rem tall on a
  // phone, so at most two are in view. Placeholders of the stock 74 px fetch three or more.
  const total = Number(/\d+/.exec((await summary(page).textContent()) ?? "")?.[0]);
  expect(total).toBeGreaterThan(4);
  expect(fragments.length).toBeGreaterThan(0);
  expect(fragments.length).toBeLessThanOrEqual(2);
  await search(page, "Partnerschaft");
  expect(new Set(fragments).size).toBe(total);
});

// Only the page's own part is checked: how far the results list moves while Pagefind fills in
// its placeholders depends on when each fragment arrives, and a timing never decides a test.
test("the search page does not shift when the search field appears (phone)", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await watchLayoutShift(page);
  await page.goto("/suche/");
  await expect(page.getByRole("searchbox", { name: "Suchen nach" })).toBeVisible();
  expect(await layoutShift(page), `CLS without a query; moved: ${await layoutShiftSources(page)}`).toBe(0);
});
