/**
 * Termine on the test day (2026-12-03, `npm run build:test`): upcoming by month, the archive,
 * an event's facts with registration and calendar file, a cancelled event, and the fact sheet
 * in print.
 */
import { expect, test } from "@playwright/test";
import { siteUrls } from "./site-urls.ts";

test("upcoming events are grouped by month, soonest first; past ones are in the archive", async ({ page }) => {
  await page.goto("/termine/");
  const months = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(months).toContainText(["Januar 2027", "Februar 2027", "März 2027", "Mai 2027"]);
  const january = page.getByRole("region", { name: "Januar 2027" });
  await expect(january.getByRole("heading", { level: 3 })).toHaveText(["Netzwerktreffen Partnerschaft mit Burundi", "Webinar: Einstieg in die kommunale Entwicklungszusammenarbeit"]);
  await expect(page.getByRole("region", { name: "Mai 2027" }).getByText("21. bis 23. Mai 2027 · an vielen Orten in Baden-Württemberg")).toBeVisible();
  await expect(page.getByRole("region", { name: "Januar 2027" }).getByText(/Mittwoch, 20\. Januar 2027, 17:00 bis 18:30 Uhr · online/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Februar 2027" }).getByRole("heading", { level: 3 })).toHaveText("Lesung: Geschichten aus der Einen Welt (Abgesagt)");
  await expect(page.getByRole("main").getByText("Online-Sprechstunde Globales Lernen")).toHaveCount(0);
  await page.getByRole("link", { name: "Archiv" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vergangene Termine");
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([
    "Online-Sprechstunde Globales Lernen",
    "Netzwerktreffen Kommunale Partnerschaften",
    "Workshop Faire Beschaffung",
  ]);
});

test("the list explains how to subscribe to the calendar", async ({ page }) => {
  await page.goto("/termine/");
  const box = page.getByRole("region", { name: "Alle Termine im eigenen Kalender" });
  await expect(box.getByRole("link", { name: "https://www.sez.de/termine/termine.ics" })).toHaveAttribute("href", "/termine/termine.ics");
  const response = await page.request.get("/termine/termine.ics");
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
});

test("an event with open registration has its facts, the registration button and its calendar file", async ({ page }) => {
  await page.goto("/termine/2027/fortbildung-faire-beschaffung/");
  const facts = page.getByRole("region", { name: "Eckdaten" });
  await expect(facts.getByText("Donnerstag, 11. März 2027, 09:30 bis 16:00 Uhr")).toBeVisible();
  await expect(facts.getByText("Anmeldung bis 25. Februar 2027")).toBeVisible();
  await expect(facts.getByText("20 Euro, ermäßigt 10 Euro")).toBeVisible();
  await expect(facts.getByRole("link", { name: "Jetzt anmelden" })).toHaveAttribute("href", "https://anmeldung.example.org/faire-beschaffung-2027");
  const calendar = facts.getByRole("link", { name: "In den Kalender" });
  await expect(calendar).toHaveAttribute("href", "/termine/2027/fortbildung-faire-beschaffung.ics");
  const ics = await (await page.request.get("/termine/2027/fortbildung-faire-beschaffung.ics")).text();
  expect(ics).toContain("DTSTART:20270311T083000Z");
  const ld = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((x) => JSON.parse(x.textContent!)));
  expect(ld.find((d) => d["@type"] === "Event")).toMatchObject({
    startDate: "2027-03-11T09:30+01:00",
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
  });
});

test("a closed registration and a cancelled event say so", async ({ page }) => {
  await page.goto("/termine/2027/netzwerktreffen-burundi/");
  await expect(page.getByText("Die Anmeldung ist geschlossen.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Jetzt anmelden" })).toHaveCount(0);
  await page.goto("/termine/2027/lesung-eine-welt/");
  await expect(page.getByText("Abgesagt: Diese Veranstaltung findet nicht statt.")).toBeVisible();
  await expect(page.getByRole("link", { name: "In den Kalender" })).toHaveCount(0);
  const ld = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((x) => JSON.parse(x.textContent!)));
  expect(ld.find((d) => d["@type"] === "Event")?.eventStatus).toBe("https://schema.org/EventCancelled");
});

test("an online event names its virtual location", async ({ page }) => {
  await page.goto("/termine/2027/webinar-einstieg-kez/");
  await expect(page.getByRole("region", { name: "Eckdaten" }).getByRole("link", { name: "Zugang zur Online-Veranstaltung" })).toHaveAttribute("href", "https://meeting.example.org/einstieg-kez");
  const ld = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((x) => JSON.parse(x.textContent!)));
  expect(ld.find((d) => d["@type"] === "Event")?.location).toEqual({ "@type": "VirtualLocation", url: "https://meeting.example.org/einstieg-kez" });
});

for (const url of siteUrls().filter((u) => /^\/termine\/\d{4}\/[^/]+\/$/.test(u))) {
  test(`${url} prints as a one-page fact sheet`, async ({ page }) => {
    await page.goto(url);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("link", { name: "Jetzt anmelden" })).toBeHidden();
    await expect(page.getByRole("region", { name: "Eckdaten" }).getByText("Wann")).toBeVisible();
    const pdf = await page.pdf({ format: "A4" });
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    expect(document.numPages, `${url} im Druck`).toBe(1);
  });
}
