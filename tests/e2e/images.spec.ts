/**
 * Images: `sizes` tells the truth; the KEZ page does not shift and its hero stays small on
 * phones; the Bildnachweis lists every photo with the pages that show it. That on every built
 * page each photo loads, has alt text (or is decorative), declares its aspect, comes as
 * AVIF/WebP and is not distorted is checked in the sweep (tests/e2e/sweep.spec.ts with
 * tests/e2e/checks/images.ts).
 */
import { statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loaded, PAGES, photoHash, photosOn, SITE } from "./checks/images.ts";
import { layoutShift, layoutShiftSources, watchLayoutShift } from "./layout-shift.ts";

const KEZ = "/themen/kommunale-entwicklungszusammenarbeit/";
const CREDITS = "/bildnachweis/";
/** The budget of the KEZ hero on a 375px phone (issue 3). */
const HERO_BUDGET_BYTES = 60_000;

test("the built site has pages to check", () => {
  expect(PAGES.length).toBeGreaterThan(10);
  expect(PAGES).toContain(KEZ);
  expect(PAGES).toContain(CREDITS);
});

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
    expect(await layoutShift(page), `CLS bei ${width}px; verschoben: ${await layoutShiftSources(page)}`).toBe(0);
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
    // The photos' addresses are in the HTML: no need to wait for the photos themselves.
    await page.goto(url, { waitUntil: "domcontentloaded" });
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
