/**
 * The structure check of the sweep (tests/e2e/sweep.spec.ts): the page makes sense without
 * CSS. With every stylesheet removed, the accessibility tree holds the landmarks in reading
 * order (banner, navigation, main, complementary, contentinfo), every navigation and
 * complementary landmark has its own name, and the headings start with one h1 and never skip
 * a level on the way down.
 */
import { expect, type Page } from "@playwright/test";

export interface Outline {
  landmarks: { role: string; name: string }[];
  headings: { level: number; text: string }[];
}

const LANDMARKS = ["banner", "navigation", "main", "complementary", "contentinfo", "search", "region", "form"];

/**
 * Landmarks and headings from an ARIA snapshot, in document order.
 *
 * @example
 * outlineOf('- banner:\n- heading "Kontakt" [level=1]') // => { landmarks: [{ role: "banner", name: "" }], headings: [{ level: 1, text: "Kontakt" }] }
 */
export function outlineOf(snapshot: string): Outline {
  const outline: Outline = { landmarks: [], headings: [] };
  for (const line of snapshot.split("\n")) {
    const item = line
      .trim()
      .replace(/^- /, "")
      .replace(/^'(.*)'(:?)$/, "$1$2");
    const heading = /^heading "(.*)" \[level=(\d)\]/.exec(item);
    if (heading) outline.headings.push({ level: Number(heading[2]), text: heading[1]! });
    const landmark = /^(\w+)(?: "(.*?)")?:?$/.exec(item);
    if (landmark && LANDMARKS.includes(landmark[1]!)) outline.landmarks.push({ role: landmark[1]!, name: landmark[2] ?? "" });
  }
  return outline;
}

/** Removes every author style, as a browser's "no style" view does. */
export async function withoutCss(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const node of document.querySelectorAll('link[rel="stylesheet"], style')) node.remove();
    for (const node of document.querySelectorAll("[style]")) node.removeAttribute("style");
  });
}

/** Heading jumps like h2 -> h4, described for the failure message. */
export function skippedLevels(headings: Outline["headings"]): string[] {
  return headings.flatMap((h, i) => {
    const previous = i === 0 ? 0 : headings[i - 1]!.level;
    return h.level > previous + 1 ? [`h${previous} -> h${h.level} bei "${h.text}"`] : [];
  });
}

/** Landmarks and headings without CSS; removes the page's styles, so it runs last on a page. */
export async function checkStructure(page: Page, url: string): Promise<void> {
  await withoutCss(page);
  const { landmarks, headings } = outlineOf(await page.locator("body").ariaSnapshot());
  const roles = landmarks.map((l) => l.role);

  for (const role of ["banner", "main", "contentinfo"])
    expect(
      roles.filter((r) => r === role),
      `genau ein ${role} auf ${url}`,
    ).toHaveLength(1);
  const order = ["banner", "main", "complementary", "contentinfo"].filter((role) => roles.includes(role));
  expect(
    roles.filter((r) => order.includes(r)),
    `Reihenfolge der Landmarks auf ${url}`,
  ).toEqual(order);

  const named = landmarks.filter((l) => l.role === "navigation" || l.role === "complementary");
  expect(
    named.filter((l) => l.name === ""),
    `Navigation/Ergänzung ohne Namen auf ${url}`,
  ).toEqual([]);
  const names = named.map((l) => `${l.role} "${l.name}"`);
  expect(new Set(names).size, `doppelte Landmark-Namen auf ${url}: ${names.join(", ")}`).toBe(names.length);
  expect(names).toContain('navigation "Hauptnavigation"');
  expect(names).toContain('navigation "Service"');

  expect(headings[0], `erste Überschrift auf ${url}`).toMatchObject({ level: 1 });
  expect(
    headings.filter((h) => h.level === 1),
    `genau eine h1 auf ${url}`,
  ).toHaveLength(1);
  expect(skippedLevels(headings), `übersprungene Überschriftenebenen auf ${url}`).toEqual([]);
}
