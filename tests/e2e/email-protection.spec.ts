/** Email protection: no address in any page's source; a mailto link with JS; a readable form without. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { listFiles } from "../../lib/build/context.ts";

const KEZ = "/themen/kommunale-entwicklungszusammenarbeit/";

/** Every HTML file of the built site, as a path from the project root. */
function htmlFiles(dir: string): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => path.join(dir, file));
}

test("no HTML file holds an email address or a mailto link", () => {
  const files = htmlFiles("_site");
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    expect(html, file).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
    expect(html, file).not.toMatch(/mailto:/i);
  }
});

test("with JavaScript the address becomes a working mailto link", async ({ page }) => {
  await page.goto(KEZ);
  const link = page.getByRole("complementary").getByRole("link", { name: "kimmel@sez.de" });
  await expect(link).toHaveAttribute("href", "mailto:kimmel@sez.de");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the address is readable but not a link, and reads sensibly", async ({ page }) => {
    await page.goto(KEZ);
    const email = page.getByRole("complementary").locator(".email");
    await expect(email).toHaveText("kimmel(at)sez.de");
    await expect(email.getByRole("link")).toHaveCount(0);
    expect(await page.getByRole("complementary").ariaSnapshot()).toContain("kimmel(at)sez.de");
  });
});
