/** Print styles: what is hidden, what shows; a PDF of the KEZ page holds title and contact. */
import { expect, test } from "@playwright/test";

const KEZ = "/themen/kommunale-entwicklungszusammenarbeit/";

test.beforeEach(async ({ page }) => {
  await page.goto(KEZ);
  await page.emulateMedia({ media: "print" });
});

test("navigation, search, breadcrumb, donation box and page tools are hidden", async ({ page }) => {
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeHidden();
  await expect(page.getByRole("search")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Brotkrumennavigation" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Spenden/Zustiftungen" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Seite drucken" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Zum Inhalt springen" })).toBeHidden();
});

test("title, photos with captions and credits and the contact card stay", async ({ page }) => {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Marktplatz in Ravensburg. Foto: H. Wollensak")).toBeVisible();
  await expect(page.getByText("Zwei Damen aus dem Iran. Foto: SEZ")).toBeVisible();
  await expect(page.getByText("Nicole Kimmel", { exact: true })).toBeVisible();
  await expect(page.getByText("0711 / 2 10 29-40")).toBeVisible();
  for (const figure of await page.locator("figure").all()) {
    expect(await figure.evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
  }
});

test("external links print their URL; internal ones do not", async ({ page }) => {
  const after = await page.evaluate(() => {
    const article = document.querySelector(".prose")!;
    const external = document.createElement("a");
    external.href = "https://www.example.org/bericht";
    external.textContent = "Bericht";
    const internal = document.createElement("a");
    internal.href = "/kontakt/";
    internal.textContent = "Kontakt";
    article.append(external, internal);
    return [getComputedStyle(external, "::after").content, getComputedStyle(internal, "::after").content];
  });
  expect(after[0]).toContain("https://www.example.org/bericht");
  expect(after[1]).toBe("none");
});

test("page.pdf() succeeds and its text holds the title and the contact", async ({ page }) => {
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(10_000);
  const text = await pdfText(pdf);
  expect(text).toContain("Kommunale Entwicklungszusammenarbeit");
  expect(text).toContain("Nicole Kimmel");
});

/** Extracts the text of all pages with pdf.js. */
async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join("\n");
}
