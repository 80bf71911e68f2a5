/**
 * Images: on every built page each photo loads, has alt text (or is decorative), declares
 * its aspect, comes as AVIF/WebP and is not distorted; `sizes` tells the truth; the KEZ
 * page does not shift and its hero stays small on phones; the Bildnachweis lists every
 * photo with the pages that show it.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { layoutShift, watchLayoutShift } from "./layout-shift.ts";

const SITE = "_site";
const KEZ = "/themen/kommunale-entwicklungszusammenarbeit/";
const CREDITS = "/bildnachweis/";
/** The budget of the KEZ hero on a 375px phone (issue 3). */
const HERO_BUDGET_BYTES = 60_000;

/** Every HTML page of the built site as a URL path, from the files in `_site/`. */
function sitePages(dir = SITE): string[] {
  const urls: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // The editing UI at /admin/ is no page of the site (its images are the CMS's own icons).
    if (entry.isDirectory() && dir === SITE && entry.name === "admin") continue;
    if (entry.isDirectory()) urls.push(...sitePages(full));
    else if (entry.name.endsWith(".html")) {
      const relative = path.relative(SITE, full).split(path.sep).join("/");
      urls.push(relative === "index.html" ? "/" : relative.endsWith("/index.html") ? `/${relative.slice(0, -"index.html".length)}` : `/${relative}`);
    }
  }
  return urls.sort();
}

const PAGES = sitePages();

/**
 * The encoded source an image URL belongs to: `/img/<hash>-<width>.<format>` → hash.
 * All formats and widths of one photo share the hash.
 */
function photoHash(url: string): string {
  const match = /\/img\/([^/]+)-\d+\.(?:avif|webp|jpe?g)$/.exec(new URL(url, "http://x").pathname);
  if (!match?.[1]) throw new Error(`Kein Bild aus der Pipeline: ${url}`);
  return match[1];
}

/** Scrolls an image into view and waits until it has decoded pixels. */
async function loaded(img: Locator): Promise<void> {
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0))).toBeGreaterThan(0);
}

/** The hashes of the photos a page shows. */
async function photosOn(page: Page): Promise<string[]> {
  return page
    .locator("main img, aside img")
    .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).getAttribute("src") ?? ""))
    .then((srcs) => srcs.map(photoHash));
}

test("the built site has pages to check", () => {
  expect(PAGES.length).toBeGreaterThan(10);
  expect(PAGES).toContain(KEZ);
  expect(PAGES).toContain(CREDITS);
});

for (const url of PAGES) {
  test(`every image on ${url} loads, is described, keeps its aspect and comes as AVIF or WebP`, async ({ page }) => {
    await page.goto(url);
    const viewportHeight = page.viewportSize()?.height ?? 720;
    const images = page.locator("img");
    const aboveFold = await images.evaluateAll((imgs, h) => imgs.map((img) => img.getBoundingClientRect().top < h), viewportHeight);
    for (const [index, img] of (await images.all()).entries()) {
      await loaded(img);
      const facts = await img.evaluate((el: HTMLImageElement) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          alt: el.getAttribute("alt"),
          width: Number(el.getAttribute("width")),
          height: Number(el.getAttribute("height")),
          naturalWidth: el.naturalWidth,
          naturalHeight: el.naturalHeight,
          renderedRatio: box.width / box.height,
          objectFit: style.objectFit,
          currentSrc: el.currentSrc,
          loading: el.getAttribute("loading"),
          decoding: el.getAttribute("decoding"),
          fetchpriority: el.getAttribute("fetchpriority"),
          hero: el.closest(".hero") !== null,
          inFigure: el.closest("figure") !== null,
          caption: el.closest("figure")?.querySelector("figcaption")?.textContent ?? "",
        };
      });
      const label = `${url} Bild ${index + 1} (${facts.currentSrc})`;
      expect(facts.alt, `${label}: alt fehlt`).not.toBeNull();
      expect(facts.width, `${label}: width fehlt`).toBeGreaterThan(0);
      expect(facts.height, `${label}: height fehlt`).toBeGreaterThan(0);
      // Declared size and the file agree on the aspect, up to one pixel of rounding in each
      // (natural sizes of a srcset candidate are scaled by its density, so they can be small).
      const declaredRatio = facts.width / facts.height;
      const naturalRatio = facts.naturalWidth / facts.naturalHeight;
      expect(Math.abs(declaredRatio / naturalRatio - 1), label).toBeLessThanOrEqual(1 / facts.height + 1 / facts.naturalHeight);
      expect(facts.currentSrc, label).toMatch(/\.(avif|webp)$/);
      // Not distorted: shown at its own aspect, or cropped by object-fit.
      if (!["cover", "contain"].includes(facts.objectFit)) {
        expect(Math.abs(facts.renderedRatio - facts.naturalWidth / facts.naturalHeight), label).toBeLessThan(0.02);
      }
      if (facts.hero) {
        expect(facts.loading, label).not.toBe("lazy");
        expect(facts.fetchpriority, label).toBe("high");
      } else if (!aboveFold[index]) {
        expect(facts.loading, label).toBe("lazy");
        expect(facts.decoding, label).toBe("async");
      }
      // A content photo (not decorative) carries caption and credit; a stand-in says it is one.
      if (facts.inFigure && facts.alt !== "") expect(facts.caption.replaceAll("\u00AD", ""), label).toMatch(/Foto: \S|Platzhalter für ein Foto von \S|Platzhalter, gemaltes Bild/);
    }
  });
}

/**
 * Evaluates an `<img>`'s `sizes` the way the browser does: the first entry whose media
 * condition matches, its length measured in a probe element.
 */
async function resolvedSizes(page: Page): Promise<{ sizes: number; rendered: number; src: string }[]> {
  return page.locator("img[sizes]").evaluateAll((imgs) =>
    imgs.map((node) => {
      const img = node as HTMLImageElement;
      const entries = img.sizes.split(/,\s*(?![^()]*\))/).map((entry) => entry.trim());
      const chosen = entries.find((entry) => {
        const media = /^(\(.*\))\s+(\S.*)$/.exec(entry);
        return !media || matchMedia(media[1]!).matches;
      })!;
      const length = /^\(.*\)\s+(\S.*)$/.exec(chosen)?.[1] ?? chosen;
      const probe = document.createElement("div");
      probe.style.cssText = `position:absolute;visibility:hidden;width:${length}`;
      document.body.append(probe);
      const sizes = probe.getBoundingClientRect().width;
      probe.remove();
      return { sizes, rendered: img.getBoundingClientRect().width, src: img.getAttribute("src") ?? "" };
    }),
  );
}

test("sizes matches the rendered width of every image at phone, tablet and desktop widths", async ({ page }) => {
  for (const width of [360, 420, 560, 700, 760, 800, 900, 1000, 1100, 1200, 1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    for (const url of ["/", KEZ, CREDITS]) {
      await page.goto(url);
      for (const { sizes, rendered, src } of await resolvedSizes(page)) {
        const label = `${url} bei ${width}px: ${src}`;
        // Never less than rendered (the browser would pick too small a file) ...
        expect(sizes, label).toBeGreaterThanOrEqual(rendered - 1);
        // ... and never much more (it would download too much); 2px are the card's border.
        expect(sizes, label).toBeLessThanOrEqual(rendered * 1.02 + 2);
      }
    }
  }
});

test("the KEZ page does not shift while it loads and scrolls (CLS 0)", async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await watchLayoutShift(page);
    await page.goto(KEZ);
    for (const img of await page.locator("img").all()) await loaded(img);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += 300) {
      await page.evaluate((top) => window.scrollTo({ top, behavior: "instant" }), y);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    expect(await layoutShift(page), `CLS bei ${width}px`).toBe(0);
  }
});

test("the KEZ hero at 375 CSS px stays within 60 KB and is sharp enough", async ({ browser }, testInfo) => {
  const measured: string[] = [];
  for (const dpr of [1, 2, 3]) {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: dpr });
    const page = await context.newPage();
    await page.goto(KEZ);
    const hero = page.locator(".hero img");
    await loaded(hero);
    const { src, bytes, cssWidth } = await hero.evaluate((el: HTMLImageElement) => {
      const entry = performance.getEntriesByName(el.currentSrc)[0] as PerformanceResourceTiming | undefined;
      return { src: el.currentSrc, bytes: entry?.encodedBodySize ?? -1, cssWidth: el.getBoundingClientRect().width };
    });
    const file = statSync(path.join(SITE, new URL(src).pathname)).size;
    expect(bytes, `DPR ${dpr}: Größe aus Resource Timing`).toBe(file);
    const chosenWidth = Number(/-(\d+)\.\w+$/.exec(src)?.[1]);
    // Honest sizes: the browser picked a file with enough pixels for the slot.
    expect(chosenWidth, `DPR ${dpr}: ${src}`).toBeGreaterThanOrEqual(Math.min(cssWidth * dpr, 1600));
    measured.push(`DPR ${dpr}: ${src.split("/").pop()} ${bytes} Bytes`);
    if (dpr <= 2) expect(bytes, `DPR ${dpr}: ${src}`).toBeLessThanOrEqual(HERO_BUDGET_BYTES);
    await context.close();
  }
  testInfo.annotations.push({ type: "hero-bytes", description: measured.join("; ") });
  console.log(`KEZ-Hero bei 375 px: ${measured.join("; ")}`);
});

test("the Bildnachweis lists every photo of the site with the pages that show it", async ({ page }) => {
  // One test walks every page: its time grows with the site.
  test.setTimeout(30_000 + PAGES.length * 1_000);
  const shownOn = new Map<string, Set<string>>();
  for (const url of PAGES.filter((u) => u !== CREDITS)) {
    await page.goto(url);
    for (const hash of await photosOn(page)) shownOn.set(hash, (shownOn.get(hash) ?? new Set()).add(url));
  }
  expect(shownOn.size).toBeGreaterThan(0);

  await page.goto(CREDITS);
  const entries = await page.locator(".credits-item").evaluateAll((items) =>
    items.map((item) => ({
      src: item.querySelector("img")?.getAttribute("src") ?? "",
      links: [...item.querySelectorAll(".credits-uses a")].map((a) => a.getAttribute("href") ?? ""),
      terms: [...item.querySelectorAll("dt")].map((dt) => dt.textContent ?? ""),
    })),
  );
  for (const [hash, urls] of shownOn) {
    const listed = entries.filter((entry) => photoHash(entry.src) === hash);
    expect(listed.length, `Foto ${hash} fehlt im Bildnachweis`).toBeGreaterThan(0);
    for (const url of urls) {
      expect(
        listed.some((entry) => entry.links.includes(url)),
        `Bildnachweis nennt ${url} nicht für Foto ${hash}`,
      ).toBe(true);
    }
  }
  // A photo names photographer and licence; a stand-in names neither, only what it stands for.
  for (const entry of entries) {
    const standIn = entry.terms.includes("Bild");
    expect(entry.terms).toEqual(expect.arrayContaining(standIn ? ["Bild", "Zu sehen auf"] : ["Foto", "Lizenz", "Zu sehen auf"]));
    if (standIn) expect(entry.terms).not.toEqual(expect.arrayContaining(["Lizenz"]));
  }
  await expect(page.getByRole("heading", { level: 2, name: "Platzhalter" })).toBeVisible();
  await page.goto(KEZ);
  await page.getByRole("contentinfo").getByRole("link", { name: "Bildnachweis" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bildnachweis");
});
