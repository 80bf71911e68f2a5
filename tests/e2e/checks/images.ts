/**
 * The image check of the sweep (tests/e2e/sweep.spec.ts) and what the image tests share: on
 * every built page each photo loads, has alt text (or is decorative), declares its aspect,
 * comes as AVIF/WebP and is not distorted.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

export const SITE = "_site";

/** Every HTML page of the built site as a URL path, from the files in `_site/`. */
export function sitePages(dir = SITE): string[] {
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

/** Every page the image check runs on. */
export const PAGES = sitePages();

/**
 * The encoded source an image URL belongs to: `/img/<hash>-<width>.<format>` → hash.
 * All formats and widths of one photo share the hash.
 */
export function photoHash(url: string): string {
  const match = /\/img\/([^/]+)-\d+\.(?:avif|webp|jpe?g)$/.exec(new URL(url, "http://x").pathname);
  if (!match?.[1]) throw new Error(`Kein Bild aus der Pipeline: ${url}`);
  return match[1];
}

/** Scrolls an image into view and waits until it has decoded pixels. */
export async function loaded(img: Locator): Promise<void> {
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0))).toBeGreaterThan(0);
}

/** The hashes of the photos a page shows. */
export async function photosOn(page: Page): Promise<string[]> {
  return page
    .locator("main img, aside img")
    .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).getAttribute("src") ?? ""))
    .then((srcs) => srcs.map(photoHash));
}

/**
 * Every image on the page loads, is described, keeps its aspect and comes as AVIF or WebP;
 * loading and priority fit its place. Expects the page at the top, as it opened; scrolls it.
 */
export async function checkImages(page: Page, url: string): Promise<void> {
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
}
