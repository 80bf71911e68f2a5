/** Production output: CSP enforced without violations, headers from `_headers`, sitemap, robots, manifest, icons. */
import { expect, test } from "@playwright/test";

const KEZ = "/themen/kommunale-entwicklungszusammenarbeit/";

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
});

const violations = (page: import("@playwright/test").Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test("the KEZ page loads everything without a CSP violation or console error", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(KEZ);
  await page.getByRole("link", { name: "nach oben" }).scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", { name: "Seite drucken" })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe("0px");
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("the CSP is enforced: injected inline script does not run and is reported", async ({ page }) => {
  await page.goto(KEZ);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.head.append(script);
  });
  await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});

test("security and cache headers come from _headers; the meta CSP matches the header", async ({ page, request }) => {
  const response = await request.get(KEZ);
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-inline");
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["cache-control"]).toBe("public, max-age=0, must-revalidate");

  await page.goto(KEZ);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).toBe(csp.replace("; frame-ancestors 'none'", ""));
  const script = await page.locator("script[src]").first().getAttribute("src");
  const asset = await request.get(script ?? "");
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(asset.headers()["content-type"]).toMatch(/javascript/);
});

test("sitemap, robots.txt, manifest and icons are reachable", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain(`<loc>https://www.sez.de${KEZ}</loc><lastmod>2013-02-11</lastmod>`);
  expect(xml).not.toContain("404");

  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toContain("Sitemap: https://www.sez.de/sitemap.xml");

  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { short_name: string; icons: { src: string }[] };
  expect(manifest.short_name).toBe("SEZ");
  for (const src of [...manifest.icons.map((icon) => icon.src), "/favicon.ico", "/apple-touch-icon.png"]) {
    expect((await request.get(src)).status(), src).toBe(200);
  }
});

test("Open Graph points to an existing image, and the start page describes the organisation", async ({ page, request }) => {
  await page.goto(KEZ);
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/^https:\/\/www\.sez\.de\/img\/.+\.jpeg$/);
  expect((await request.get(new URL(image ?? "").pathname)).status()).toBe(200);

  await page.goto("/");
  const blocks = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? "{}")));
  const organisation = blocks.find((block) => block["@type"] === "NGO");
  expect(organisation.address.postalCode).toBe("70182");
  expect(organisation.telephone).toBe("+49711210290");
});
