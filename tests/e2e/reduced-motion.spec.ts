/**
 * `prefers-reduced-motion`: with the preference set nothing on the page moves: no smooth
 * scrolling, no transitions, no animations, also not while focusing, hovering or opening
 * the menu. Without it, in-page links scroll smoothly (which proves the emulation works).
 */
import { expect, test, type Page } from "@playwright/test";

const KEZ = "/themen/kommunale-entwicklungszusammenarbeit/";

/** Elements that would transition or animate, described for the failure message. */
function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const longest = (durations: string): number => Math.max(...durations.split(",").map((d) => parseFloat(d) * (d.trim().endsWith("ms") ? 0.001 : 1)));
    const moving: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const pseudo of [null, "::before", "::after"]) {
        const s = getComputedStyle(element, pseudo);
        const transitions = s.transitionProperty !== "none" && longest(s.transitionDuration) > 0;
        const animations = s.animationName !== "none" && longest(s.animationDuration) > 0;
        if (transitions || animations)
          moving.push(`${element.tagName.toLowerCase()}${pseudo ?? ""}.${[...element.classList].join(".")}: transition ${s.transitionDuration}, animation ${s.animationName}`);
      }
    }
    return moving;
  });
}

const runningAnimations = (page: Page): Promise<number> => page.evaluate(() => document.getAnimations().length);

test.describe("with prefers-reduced-motion: reduce", () => {
  test.use({ reducedMotion: "reduce" });

  test("nothing on the page transitions or animates, whatever the user does", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(KEZ);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
    expect(await movingElements(page)).toEqual([]);

    // State changes right before the check: any transition would still be running now.
    await page.keyboard.press("Tab");
    expect(await runningAnimations(page), "nach Fokus auf den Sprunglink").toBe(0);
    await page.getByRole("button", { name: "Menü" }).click();
    expect(await runningAnimations(page), "nach Öffnen des Menüs").toBe(0);
    await page.getByRole("link", { name: "Kommunale Partnerschaften" }).first().hover();
    expect(await runningAnimations(page), "nach Hover über eine Karte").toBe(0);
  });

  test('"nach oben" jumps to the top at once', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto(KEZ);
    const up = page.getByRole("link", { name: "nach oben" });
    await up.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await up.click();
    // No polling: without smooth scrolling the jump is complete when the click returns.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test("without the preference, in-page links scroll smoothly", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto(KEZ);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
});
