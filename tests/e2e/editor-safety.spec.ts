/** Editors' safety in the published output: only the site's own scripts, nothing of the preview. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { listFiles } from "../../lib/build/context.ts";

/** Every HTML file of the built site, as a path from the project root. */
function htmlFiles(dir: string): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => path.join(dir, file));
}

test("every script in _site/ is a file of the site itself or JSON-LD, and no page links the preview's overlay", () => {
  const files = htmlFiles("_site");
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
      expect(tag, file).toMatch(/\ssrc="\/[^/"][^"]*"|\stype="application\/ld\+json"/);
    }
    expect(html, file).not.toMatch(/\son[a-z]+=|javascript:|<iframe/i);
    expect(html, file).not.toContain("/__sez/");
  }
});
