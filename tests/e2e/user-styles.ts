/**
 * Adds CSS to a page the way a user style sheet or a browser extension would: as a
 * constructed style sheet, which the page's Content-Security-Policy (no inline styles) does
 * not govern. `page.addStyleTag` writes a `<style>` element, which the CSP rightly blocks.
 */
import type { Page } from "@playwright/test";

/** Applies `css` to the current document. */
export async function addUserStyles(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}
