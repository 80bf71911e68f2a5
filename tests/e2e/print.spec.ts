/** Print styles: what is hidden, what shows; a PDF of the KEZ page holds title and contact. */
import { expect, test } from "@playwright/test";

const KEZ = "/themen/kommunale-entwicklungszusammenarbeit/";

test.beforeEach(async ({ page }) => {
  await page.goto(KEZ);
  await page.emulateMedia({ media: "print" });
});

test("navigation, search, breadcrumb and page tools are hidden", async ({ page }) => {
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeHidden();
  await expect(page.getByRole("search")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Brotkrumennavigation" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Seite drucken" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Zum Inhalt springen" })).toBeHidden();
});

test("title, photos with captions and credits, the contact card and the donation box stay", async ({ page }) => {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Marktplatz in Ravensburg. Platzhalter für ein Foto von H. Wollensak")).toBeVisible();
  await expect(page.getByText("Zwei Damen aus dem Iran. Platzhalter für ein Foto von SEZ")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Spenden/Zustiftungen" })).toBeVisible();
  await expect(page.getByText("Im Netz: www.sez.de/spenden/")).toBeVisible();
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

test("the KEZ page prints on at most two A4 pages, none but the last less than half full", async ({ page }) => {
  const pages = await pdfPages(await page.pdf({ format: "A4", preferCSSPageSize: true }));
  expect(pages.length, "Seitenzahl").toBeLessThanOrEqual(2);
  for (const [index, { filled }] of pages.entries()) {
    if (index < pages.length - 1) expect(filled, `Seite ${index + 1} ist nur zu ${Math.round(filled * 100)} % gefüllt`).toBeGreaterThanOrEqual(0.5);
  }
  // The contact card and the donation box each stay on one page.
  for (const whole of [
    ["Nicole Kimmel", "kimmel"],
    ["Spenden/Zustiftungen", "Im Netz: www.sez.de/spenden/"],
  ]) {
    expect(
      pages.some(({ text }) => whole.every((part) => text.includes(part))),
      whole.join(" … "),
    ).toBe(true);
  }
  // The printout ends with the page's address and the date of its last update; every page names its number.
  expect(pages.at(-1)!.text).toContain("Diese Seite im Netz: www.sez.de/themen/kommunale-entwicklungszusammenarbeit/");
  expect(pages.at(-1)!.text).toContain("Letzte Aktualisierung: 11.02.2013");
  for (const [index, { text }] of pages.entries()) expect(text).toContain(`Seite ${index + 1} von ${pages.length}`);
});

test("every event prints on one A4 page, with its title, date and address", async ({ page }) => {
  const urls = new Set<string>();
  for (const list of ["/termine/", "/termine/archiv/"]) {
    await page.goto(list);
    for (const href of await page
      .getByRole("main")
      .locator('a[href^="/termine/20"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))) {
      if (href.endsWith("/")) urls.add(href);
    }
  }
  expect(urls.size, "Termine gefunden").toBeGreaterThan(0);
  await page.emulateMedia({ media: "print" });
  for (const url of urls) {
    await page.goto(url);
    const title = (await page.getByRole("heading", { level: 1 }).innerText()).replaceAll("\u00AD", "");
    const pages = await pdfPages(await page.pdf({ format: "A4", preferCSSPageSize: true }));
    expect(pages.length, `${url}: Seitenzahl`).toBe(1);
    // pdf.js returns a hyphenated word as several runs and a long address in lines; compare without white space.
    const text = pages[0]!.text.replace(/\s/g, "");
    expect(text, url).toContain(title.replace(/\s/g, ""));
    expect(text, url).toContain(`DieseSeiteimNetz:www.sez.de${url}`);
  }
});

/** Each page's text and how far down its lowest line of text reaches (0 to 1 of the page height), by pdf.js. */
async function pdfPages(pdf: Buffer): Promise<{ text: string; filled: number }[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: { text: string; filled: number }[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const pdfPage = await document.getPage(number);
    const height = pdfPage.view[3]! - pdfPage.view[1]!;
    const items = (await pdfPage.getTextContent()).items.filter((item) => "str" in item && item.str.trim() !== "") as { str: string; transform: number[] }[];
    // Text positions count from the page's bottom edge; the margin boxes (address, page number) are left out.
    const body = items.filter((item) => item.transform[5]! > height * 0.06);
    const lowest = Math.min(...body.map((item) => item.transform[5]!));
    pages.push({ text: joinPdfText(items), filled: body.length === 0 ? 0 : (height - lowest) / height });
  }
  return pages;
}

/**
 * A page's text from pdf.js items: Chromium writes a word with soft hyphens as several runs,
 * so runs are joined as they stand, lines by a space, and a word hyphenated at a line end
 * ("Be­schäf‐" + "tigten") is joined again.
 */
function joinPdfText(items: readonly unknown[]): string {
  return (items as { str?: string; hasEOL?: boolean }[])
    .map((item) => `${item.str ?? ""}${item.hasEOL ? "\n" : ""}`)
    .join("")
    .replace(/\u2010\n/g, "")
    .replace(/\s+/g, " ");
}

/** Extracts the text of all pages with pdf.js. */
async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(joinPdfText(content.items));
  }
  return pages.join("\n");
}
