/**
 * Funding programmes: `/foerderung/` shows each programme's status as the rounds' dates and
 * the build's "today" give it (the page states that day), open programmes first; a programme
 * page has its facts, the rounds as a table, the FAQ as <details> with FAQPage JSON-LD,
 * documents with format, size and pages, and a contact card.
 */
import { expect, test } from "@playwright/test";
import { programmeStatus, statusText } from "../../lib/content/rounds.ts";
import { expectedFacts, programmes, publications } from "./content-sources.ts";
import { withoutSoftHyphens } from "../../lib/shared/soft-hyphen.ts";

test("the overview shows each programme's status for the day of the build, open ones first", async ({ page }) => {
  await page.goto("/foerderung/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Förderung");
  const today = await page.locator("main time").first().getAttribute("datetime");
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const expected = programmes().map(({ fm }) => ({ title: fm.title, status: programmeStatus(fm.rounds, today!) }));
  expect(expected.length).toBeGreaterThanOrEqual(2);
  for (const { title, status } of expected) {
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title }) });
    await expect(item.locator(".round-status"), title).toHaveText(statusText(status));
  }
  // Open before upcoming before the rest, in the order of the page.
  const titles = (await page.locator("main h3").allTextContents()).map(withoutSoftHyphens);
  const rank = { open: 0, upcoming: 1, none: 2 } as const;
  const ranks = titles.map((title) => rank[expected.find((p) => p.title === title)!.status.kind]);
  expect(ranks).toEqual([...ranks].sort());
  await expect(page.getByRole("heading", { level: 2, name: "Jetzt bewerben" })).toHaveCount(expected.some((p) => p.status.kind === "open") ? 1 : 0);
});

test("a programme page has its status, facts, rounds, documents with size, FAQ and contact", async ({ page }) => {
  const { slug, fm } = programmes().find((p) => (p.fm.documents?.length ?? 0) > 0 && (p.fm.faq?.length ?? 0) > 0)!;
  await page.goto(`/foerderung/${slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fm.title);
  await expect(page.locator(".round-status")).toHaveText(/^(Bewerbung möglich bis|Nächste Runde ab|Derzeit keine Ausschreibung)/);
  await expect(page.getByText("Beispieltext:")).toBeVisible();

  await expect(page.getByRole("term").filter({ hasText: "Wer kann sich bewerben?" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["Runde", "Bewerbung ab", "Frist", "Entscheidung", "Stand"]);
  await expect(table.getByRole("row")).toHaveCount(fm.rounds.length + 1);

  const docs = page.getByRole("region", { name: "Unterlagen" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Unterlagen" }) }));
  const byslug = new Map(publications().map((p) => [p.slug, p.fm]));
  for (const id of fm.documents!) {
    const publication = byslug.get(id)!;
    const link = docs.getByRole("link", { name: publication.title });
    await expect(link).toHaveText(`${publication.title} ${await expectedFacts(publication.file)}`);
    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/pdf");
  }

  const first = fm.faq![0]!;
  const question = page.locator("summary", { hasText: first.question });
  await expect(page.getByText(first.answer)).toBeHidden();
  await question.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(first.answer)).toBeVisible();
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  const faq = jsonLd.map((text) => JSON.parse(text) as { "@type": string; mainEntity?: { name: string }[] }).find((data) => data["@type"] === "FAQPage");
  expect(faq?.mainEntity?.map((q) => q.name)).toEqual(fm.faq!.map((q) => q.question));

  await expect(page.getByRole("complementary", { name: "Kontakt" })).toBeVisible();
});
