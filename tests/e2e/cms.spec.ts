/**
 * The editing UI at /admin/: the real Sveltia CMS in Chromium, as built into _site/.
 *
 * Code path: Sveltia's "Mit lokalem Repository arbeiten" (the local repository backend that
 * `npm run redaktion` uses), with the browser's folder picker replaced by a folder of the
 * origin-private file system that the test fills with the project's sources and reads back
 * (headless Chromium cannot drive the real picker). Signing in to GitHub/GitLab is not
 * covered; everything after it (forms, validation, relation widgets, writing the files) is
 * the same code. The file the CMS writes is put into a copy of the project, which the real
 * build then publishes or refuses.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { copyProject, ROOT } from "../integration/project.ts";

// One CMS at a time (in one worker, in order; a failure does not skip the rest): each test runs
// the editing UI and a real build, and two at once on a two-core machine starve the editor's
// form, which then drops a value typed while it starts up (seen once the sweep no longer ran
// before this file).
test.describe.configure({ mode: "default" });

/**
 * How long a save through the CMS may take to reach the disk. The CMS writes through the
 * browser's File System Access API; on a loaded two-core machine that took more than 20 s.
 */
const SAVED = { timeout: 60_000 };

/** The content type the page test creates. */
const TYPE = { collection: "Seiten", folder: "src", url: (slug: string) => `/${slug}/` };

/** The sources the CMS reads, base64: every Markdown page, data file and photo. */
function sources(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (/\.(md|yaml|jpe?g|png|webp|avif)$/.test(entry.name)) files[relative] = readFileSync(path.join(ROOT, relative)).toString("base64");
    }
  };
  walk("src");
  walk("_data");
  walk("assets/images");
  return files;
}

/** Fills a folder of the origin-private file system and makes the folder picker return it. */
async function useLocalRepository(page: Page): Promise<void> {
  await page.addInitScript((files: Record<string, string>) => {
    const ready = (async () => {
      const root = await navigator.storage.getDirectory();
      const repo = await root.getDirectoryHandle("repo", { create: true });
      await repo.getDirectoryHandle(".git", { create: true });
      for (const [file, text] of Object.entries(files)) {
        const parts = file.split("/");
        let dir = repo;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const handle = await dir.getFileHandle(parts.at(-1)!, { create: true });
        const writable = await handle.createWritable();
        await writable.write(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
        await writable.close();
      }
      return repo;
    })();
    Object.assign(window, { showDirectoryPicker: () => ready });
  }, sources());
}

/** Reads a file the CMS wrote into the origin-private folder. */
async function readWritten(page: Page, file: string): Promise<string> {
  return (await readWrittenBytes(page, file)).toString("utf8");
}

/** Reads a file the CMS wrote into the origin-private folder, as bytes. */
async function readWrittenBytes(page: Page, file: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (file) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle("repo");
    const parts = file.split("/");
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    const bytes = new Uint8Array(await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, file);
  return Buffer.from(base64, "base64");
}

/** Names of the files in a folder of the origin-private repository (none while it does not exist). */
async function listWritten(page: Page, folder: string): Promise<string[]> {
  return page.evaluate(async (folder) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle("repo");
    try {
      for (const part of folder.split("/")) dir = await dir.getDirectoryHandle(part);
    } catch {
      return [];
    }
    const names: string[] = [];
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return names;
  }, folder);
}

/** Builds a copy of the project with the files the CMS wrote; the build's result and the copy's root. */
function buildWith(project: string, files: Record<string, string | Buffer>): { status: number | null; output: string; root: string } {
  const root = path.join(project, "p");
  copyProject(root);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  const build = spawnSync(path.join(ROOT, "node_modules/.bin/node"), ["--import", "tsx/esm", "scripts/build.ts"], { cwd: root, encoding: "utf8" });
  return { status: build.status, output: `${build.stdout}\n${build.stderr}`, root };
}

/**
 * Fills again every field whose value the form dropped, until all hold their values. A new
 * entry's form can reset a value typed while it still starts up (seen in Sveltia 0.x).
 */
async function keepValues(fields: ReadonlyArray<readonly [Locator, string]>): Promise<void> {
  await expect(async () => {
    for (const [field, value] of fields) if ((await field.inputValue()) !== value) await field.fill(value);
    for (const [field, value] of fields) expect(await field.inputValue()).toBe(value);
  }).toPass({ timeout: 15_000 });
}

/** Records CSP violations and requests to other origins from the first script on. */
async function watch(page: Page): Promise<{ foreign: string[]; violations: () => Promise<string[]> }> {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["http:", "https:"].includes(url.protocol)) return;
    if (url.origin !== new URL(page.url() || "http://127.0.0.1").origin && url.hostname !== "127.0.0.1") foreign.push(request.url());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return { foreign, violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations) };
}

async function openLocal(page: Page): Promise<void> {
  await page.goto("/admin/");
  await page.getByRole("button", { name: "Mit lokalem Repository arbeiten" }).click();
  await expect(page.getByRole("treeitem", { name: TYPE.collection })).toBeVisible({ timeout: 20_000 });
}

test("/admin/ loads in German with its own CSP, no violation and no request to another origin", async ({ page }) => {
  const watched = await watch(page);
  const response = await page.goto("/admin/");
  expect(response?.headers()["content-security-policy"]).toContain("style-src 'self' 'unsafe-inline'");
  expect(response?.headers()["content-security-policy"]).not.toMatch(/[^-]'unsafe-eval'/);
  await expect(page.getByRole("button", { name: "Mit lokalem Repository arbeiten" })).toBeVisible({ timeout: 20_000 });
  expect(await watched.violations()).toEqual([]);
  expect(watched.foreign).toEqual([]);
});

test("a new entry with a contact and a photo, saved through the CMS, passes the build and is published", async ({ page }) => {
  test.setTimeout(240_000);
  const watched = await watch(page);
  await useLocalRepository(page);
  await openLocal(page);
  await page.getByRole("treeitem", { name: TYPE.collection }).click();
  await page.getByRole("button", { name: "Neuen Eintrag anlegen" }).click();
  await page.getByRole("textbox", { name: "Titel", exact: true }).fill("Grüße aus Stuttgart");
  await page.getByRole("textbox", { name: "Kurzbeschreibung" }).fill("Die Geschäftsstelle der SEZ grüßt alle Partnerinnen und Partner zum Jahresende aus Stuttgart.");
  await page.getByRole("group", { name: "Kontakte" }).getByRole("checkbox", { name: "Nicole Kimmel" }).check();
  await page.getByRole("combobox", { name: "Titelfoto" }).click();
  await page.getByRole("option", { name: /Marktplatz in Ravensburg/ }).click();
  // The form renders fields as they scroll into view.
  await page.getByRole("switch", { name: "Spendenkasten zeigen" }).hover();
  await page.mouse.wheel(0, 3000);
  await page.getByRole("textbox", { name: "Text", exact: true }).fill("Wir danken allen, die sich in diesem Jahr engagiert haben.");
  await page.getByRole("button", { name: "Speichern" }).first().click();

  await expect.poll(() => listWritten(page, TYPE.folder), SAVED).toContain("gruesse-aus-stuttgart.md");
  const written = await readWritten(page, `${TYPE.folder}/gruesse-aus-stuttgart.md`);
  expect(written).toContain("title: Grüße aus Stuttgart");
  expect(written).toMatch(/contacts:\s*\n\s*- nicole-kimmel/);
  expect(written).toContain("hero: marktplatz-ravensburg");
  // Empty optional fields are left out, not written as '' or [].
  expect(written).not.toMatch(/: (''|""|\[\])\s*$/m);

  const project = mkdtempSync(path.join(tmpdir(), "sez-cms-"));
  try {
    copyProject(path.join(project, "p"));
    writeFileSync(path.join(project, "p", TYPE.folder, "gruesse-aus-stuttgart.md"), written);
    const build = spawnSync(path.join(ROOT, "node_modules/.bin/node"), ["--import", "tsx/esm", "scripts/build.ts"], { cwd: path.join(project, "p"), encoding: "utf8" });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const html = readFileSync(path.join(project, "p", "_site", TYPE.url("gruesse-aus-stuttgart"), "index.html"), "utf8");
    expect(html).toContain("Grüße aus Stuttgart");
    expect(html).toContain("Nicole Kimmel");
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
  expect(await watched.violations()).toEqual([]);
});

test("a topic page without its entry in the topic tree, saved through the CMS, is refused by the build in German", async ({ page }) => {
  // A rule across files the form cannot express (every topic page needs its entry in
  // _data/topics.yaml); with events, the same test covers "end before start".
  test.setTimeout(120_000);
  await useLocalRepository(page);
  await openLocal(page);
  await page.getByRole("treeitem", { name: "Themen" }).click();
  await page.getByRole("button", { name: "Neuen Eintrag anlegen" }).click();
  await page.getByRole("textbox", { name: "Kurzbeschreibung" }).fill("Ein Thema, das es im Themenbaum noch nicht gibt, damit der Build es ablehnt und das sagt.");
  await page.getByRole("button", { name: "Speichern" }).first().click();
  const slug = page.getByRole("textbox", { name: /Dateiname|Slug|Kennung/ }).first();
  if (await slug.isVisible()) {
    await slug.fill("neues-thema");
    await page.getByRole("button", { name: "Speichern" }).first().click();
  }
  await expect.poll(() => listWritten(page, "src/themen"), SAVED).toContain("neues-thema.md");

  const project = mkdtempSync(path.join(tmpdir(), "sez-cms-"));
  try {
    copyProject(path.join(project, "p"));
    writeFileSync(path.join(project, "p", "src/themen/neues-thema.md"), await readWritten(page, "src/themen/neues-thema.md"));
    const build = spawnSync(path.join(ROOT, "node_modules/.bin/node"), ["--import", "tsx/esm", "scripts/build.ts"], { cwd: path.join(project, "p"), encoding: "utf8" });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain("src/themen/neues-thema.md");
    expect(build.stderr).toContain("einen Eintrag mit slug: neues-thema in _data/topics.yaml");
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

test("uploading a photo in the CMS creates its credit entry with the required fields and puts the file into assets/images/", async ({ page }) => {
  test.setTimeout(180_000);
  await useLocalRepository(page);
  await openLocal(page);
  await page.getByRole("treeitem", { name: "Daten" }).click();
  await page.getByText("Fotos und Bildnachweise", { exact: true }).first().click();
  await page.getByRole("button", { name: "Alle zuklappen" }).click();
  await page
    .getByRole("button", { name: /Foto\W* hinzufügen/ })
    .first()
    .click();
  // Only the new entry is open; its fields render as they scroll into view.
  await page.getByRole("textbox", { name: "Kennung" }).fill("neues-foto");
  await page.getByRole("textbox", { name: "Kennung" }).hover();
  await page.mouse.wheel(0, 600);
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#6a8f5a" } })
    .jpeg()
    .toBuffer();
  await page.getByRole("button", { name: "Durchsuchen" }).click();
  const dialog = page.getByRole("dialog", { name: "Bild auswählen" });
  // No stock photo services and no address of another site: only our own photos and uploads.
  await expect(dialog.getByRole("option", { name: "Unsplash" })).toHaveCount(0);
  await expect(dialog.getByRole("option", { name: "URL eingeben" })).toHaveCount(0);
  const chooser = page.waitForEvent("filechooser");
  await dialog.getByRole("button", { name: "Hochladen" }).click();
  await (await chooser).setFiles({ name: "Neues Foto Grüße.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(dialog.getByRole("option", { name: /neues-foto-gruesse\.jpg/ })).toHaveAttribute("aria-selected", "true", { timeout: 15_000 });
  await dialog.getByRole("button", { name: "Einfügen" }).click();
  await page.getByRole("textbox", { name: "Alternativtext" }).last().fill("Eine grüne Fläche ohne Motiv (Testbild)");
  await page.getByRole("textbox", { name: "Bildunterschrift" }).last().fill("Testbild für die Redaktion");
  await page.getByRole("textbox", { name: "Urheber/in" }).last().fill("Testlauf");
  await page.getByRole("textbox", { name: "Lizenz" }).last().fill("Alle Rechte vorbehalten");
  await page.getByRole("button", { name: "Speichern" }).first().click();

  await expect.poll(() => listWritten(page, "assets/images"), SAVED).toContain("neues-foto-gruesse.jpg");
  const credits = await readWritten(page, "_data/images.yaml");
  expect(credits).toMatch(
    /- id: neues-foto\n\s+file: neues-foto-gruesse\.jpg\n\s+alt: Eine grüne Fläche ohne Motiv \(Testbild\)\n\s+caption: Testbild für die Redaktion\n\s+credit: Testlauf\n\s+license: Alle Rechte vorbehalten/,
  );
  // The other entries keep their file names and their stand-in marks; an empty "source" is not written.
  expect(credits).toContain("file: marktplatz-ravensburg.jpg");
  const marks = (text: string) => text.match(/^\s+standIn: true$/gm)?.length ?? 0;
  expect(marks(credits)).toBe(marks(readFileSync(path.join(ROOT, "_data/images.yaml"), "utf8")));
  expect(credits).not.toMatch(/source: (''|"")?\s*$/m);

  const project = mkdtempSync(path.join(tmpdir(), "sez-cms-"));
  try {
    const build = buildWith(project, { "_data/images.yaml": credits, "assets/images/neues-foto-gruesse.jpg": await readWrittenBytes(page, "assets/images/neues-foto-gruesse.jpg") });
    expect(build.status, build.output).toBe(0);
    // The first build after a new photo publishes its files: every image address on /bildnachweis/ exists.
    const credited = readFileSync(path.join(build.root, "_site/bildnachweis/index.html"), "utf8");
    expect(credited).toContain("Testbild für die Redaktion");
    const urls = [...new Set([...credited.matchAll(/\/img\/[\w-]+\.(?:avif|webp|jpeg)/g)].map((m) => m[0]))];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !existsSync(path.join(build.root, "_site", url)))).toEqual([]);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

test("a news article saved through the CMS goes into the folder of its date's year and is published there", async ({ page }) => {
  test.setTimeout(240_000);
  const watched = await watch(page);
  await useLocalRepository(page);
  await openLocal(page);
  await page.getByRole("treeitem", { name: "Meldungen (Aktuelles)" }).click();
  await page.getByRole("button", { name: "Neuen Eintrag anlegen" }).click();
  // A date in another year than today's: the file's folder follows the date, not the clock.
  await page.getByRole("textbox", { name: "Datum", exact: true }).fill("2025-06-14");
  const title = page.getByRole("textbox", { name: "Titel", exact: true });
  await title.fill("Grüße vom Partnerschaftstag");
  await page.getByRole("textbox", { name: "Anreißer" }).fill("Beim Partnerschaftstag in Stuttgart haben sich Kommunen aus Baden-Württemberg und Burundi ausgetauscht.");
  // A single relation with few choices is a radio group.
  await page.getByRole("radiogroup", { name: "Kontakt", exact: true }).getByRole("radio", { name: "Nicole Kimmel" }).check();
  await page.getByRole("switch", { name: "Entwurf (nicht veröffentlichen)" }).hover();
  await page.mouse.wheel(0, 3000);
  await page.getByRole("textbox", { name: "Text", exact: true }).fill("Wir danken allen, die zum Partnerschaftstag gekommen sind.");
  await keepValues([
    [page.getByRole("textbox", { name: "Datum", exact: true }), "2025-06-14"],
    [title, "Grüße vom Partnerschaftstag"],
  ]);
  await page.getByRole("button", { name: "Speichern" }).first().click();

  await expect.poll(() => listWritten(page, "src/aktuelles/2025"), SAVED).toContain("gruesse-vom-partnerschaftstag.md");
  const written = await readWritten(page, "src/aktuelles/2025/gruesse-vom-partnerschaftstag.md");
  expect(written).toMatch(/^date: ['"]?2025-06-14['"]?$/m);
  expect(written).toContain("contact: nicole-kimmel");
  // A new article is not a sample unless the editor ticks "Beispieltext" (the box starts empty).
  expect(written).not.toMatch(/^sample: true$/m);

  const project = mkdtempSync(path.join(tmpdir(), "sez-cms-"));
  try {
    const build = buildWith(project, { "src/aktuelles/2025/gruesse-vom-partnerschaftstag.md": written });
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(path.join(build.root, "_site/aktuelles/2025/gruesse-vom-partnerschaftstag/index.html"), "utf8");
    expect(html).toContain("Grüße vom Partnerschaftstag");
    expect(html).toContain("Nicole Kimmel");
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
  expect(await watched.violations()).toEqual([]);
});

/**
 * Creates the event "Werkstatt Partnerschaften" in the CMS form with the given start and end
 * and saves it; returns the file the CMS wrote into src/termine/2025/.
 */
async function saveEventThroughCms(page: Page, when: { start: string; end: string }): Promise<string> {
  await useLocalRepository(page);
  await openLocal(page);
  await page.getByRole("treeitem", { name: "Termine" }).click();
  await page.getByRole("button", { name: "Neuen Eintrag anlegen" }).click();
  // Beginn and Ende are text: a day or a day with a time, as the build reads them.
  const start = page.getByRole("textbox", { name: "Beginn", exact: true });
  const end = page.getByRole("textbox", { name: "Ende", exact: true });
  await start.fill(when.start);
  await end.fill(when.end);
  const title = page.getByRole("textbox", { name: "Titel", exact: true });
  await title.fill("Werkstatt Partnerschaften");
  await page.getByRole("textbox", { name: "Anreißer" }).fill("Eine Werkstatt für Kommunen, die eine Partnerschaft beginnen oder eine bestehende beleben wollen.");
  await page.getByRole("textbox", { name: "Online-Adresse" }).fill("https://www.example.org/werkstatt");
  // The form renders fields as they scroll into view: scroll until the text field is there.
  await page.getByRole("textbox", { name: "Online-Adresse" }).hover();
  const text = page.getByRole("textbox", { name: "Text", exact: true });
  for (let i = 0; i < 10 && !(await text.isVisible()); i++) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(300);
  }
  await text.fill("Die Werkstatt findet online statt.");
  await keepValues([
    [start, when.start],
    [end, when.end],
    [title, "Werkstatt Partnerschaften"],
  ]);
  await page.getByRole("button", { name: "Speichern" }).first().click();

  // The editing UI writes through the browser; on a busy machine that can take a while.
  await expect.poll(() => listWritten(page, "src/termine/2025"), SAVED).toContain("werkstatt-partnerschaften.md");
  return readWritten(page, "src/termine/2025/werkstatt-partnerschaften.md");
}

test("an event saved through the CMS goes into the folder of the year it starts in and is published there", async ({ page }) => {
  test.setTimeout(240_000);
  const watched = await watch(page);
  const written = await saveEventThroughCms(page, { start: "2025-09-20T10:00", end: "2025-09-20T16:00" });
  expect(written).toMatch(/^start: ['"]?2025-09-20T10:00['"]?$/m);
  // Not a sample unless the editor ticks "Beispieltext" (the box starts empty).
  expect(written).not.toMatch(/^sample: true$/m);

  const project = mkdtempSync(path.join(tmpdir(), "sez-cms-"));
  try {
    const build = buildWith(project, { "src/termine/2025/werkstatt-partnerschaften.md": written });
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(path.join(build.root, "_site/termine/2025/werkstatt-partnerschaften/index.html"), "utf8");
    expect(html).toContain("Werkstatt Partnerschaften");
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
  expect(await watched.violations()).toEqual([]);
});

test("an event that ends before it starts, saved through the CMS, is refused by the build in German", async ({ page }) => {
  test.setTimeout(240_000);
  // The form cannot compare two fields; the build does, with file, field and fix.
  const written = await saveEventThroughCms(page, { start: "2025-09-20T16:00", end: "2025-09-20T10:00" });
  const project = mkdtempSync(path.join(tmpdir(), "sez-cms-"));
  try {
    const build = buildWith(project, { "src/termine/2025/werkstatt-partnerschaften.md": written });
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/src\/termine\/2025\/werkstatt-partnerschaften\.md:\d+ +Feld end/);
    expect(build.output).toContain("erwartet: ein Ende nach dem Beginn (2025-09-20T16:00)");
    expect(build.output).toContain("Eine veröffentlichte Fassung (_site/) gibt es noch nicht.");
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
