/**
 * The preview (`npm start`'s command on a free port, in a copy of the project) in a real
 * browser: a mistake shows in the terminal and as a dismissible panel over the last good
 * page; the fix reloads the page; one changed page rebuilds only that page; drafts are
 * shown and marked; `_site/` is never written.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../e2e/browser.ts";
import { copyProject } from "./project.ts";

let project = "";
let server: ChildProcess | undefined;
let log = "";
let browser: Browser | undefined;
let page: Page;
let base = "";

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Waits until `condition` holds, checking every 100 ms. */
async function until(condition: () => boolean, what: string, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n--- server log ---\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const source = (file: string) => path.join(project, file);
const output = (file: string) => path.join(project, ".site-dev", file);

before(async () => {
  project = path.join(mkdtempSync(path.join(tmpdir(), "sez-preview-")), "project");
  copyProject(project);
  const port = await freePort();
  base = `http://localhost:${port}`;
  // The `npm start` command (package.json) with another port; run by node directly so one signal ends it.
  const args = ["node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--serve", "--incremental", `--port=${port}`, "--output=.site-dev"];
  server = spawn(process.execPath, ["--import", "tsx/esm", ...args], { cwd: project, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } });
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  await until(() => log.includes("Server at"), "the preview server");
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(path.dirname(project), { recursive: true, force: true });
});

describe("npm start", () => {
  it("shows a mistake in the terminal and over the last good page, until it is fixed", { timeout: 120_000 }, async () => {
    await page.goto(`${base}/kontakt/`);
    await page.getByRole("heading", { level: 1, name: "Kontakt" }).waitFor();
    const good = readFileSync(source("src/kontakt.md"), "utf8");
    const logBefore = log.length;
    writeFileSync(source("src/kontakt.md"), good.replace("title: Kontakt\n", "titel: Kontakt\n"));

    const panel = page.getByRole("dialog", { name: /Der Build wurde angehalten: 1 Problem/ });
    await panel.waitFor({ timeout: 30_000 });
    assert.match(await panel.innerText(), /src\/kontakt\.md, Zeile 2, Feld titel[\s\S]*das unbekannte Feld "titel"[\s\S]*Meinten Sie "title"\?/);
    await until(() => log.slice(logBefore).includes('erhalten: das unbekannte Feld "titel"'), "the message in the terminal");
    assert.match(log.slice(logBefore), /Die Vorschau zeigt weiter die letzte fehlerfreie Fassung\./);
    assert.equal(await page.getByRole("heading", { level: 1, name: "Kontakt" }).isVisible(), true, "the last good page stays");
    assert.match(readFileSync(output("kontakt/index.html"), "utf8"), /<h1[^>]*>Kontakt<\/h1>/, "the last good output stays");

    await panel.getByRole("button", { name: "Schließen" }).click();
    assert.equal(await panel.count(), 0);

    writeFileSync(source("src/kontakt.md"), `${good}\nDieser Satz kam in der Vorschau dazu.\n`);
    await page.getByText("Dieser Satz kam in der Vorschau dazu.").waitFor({ timeout: 30_000 });
    assert.equal(await page.getByRole("dialog").count(), 0);
  });

  it("rebuilds only the page that changed (incremental)", { timeout: 120_000 }, async () => {
    // The lists of news and events among them: no page of theirs changed (lib/content/collections.ts).
    const others = ["spenden/index.html", "impressum/index.html", "themen/index.html", "index.html", "aktuelles/index.html", "aktuelles/2026/index.html", "termine/index.html"].map(
      (file) => [file, statSync(output(file)).mtimeMs] as const,
    );
    const before = readFileSync(output("datenschutz/index.html"), "utf8");
    assert.doesNotMatch(before, /Ein neuer Absatz zum Datenschutz\./);
    const started = performance.now();
    writeFileSync(source("src/datenschutz.md"), `${readFileSync(source("src/datenschutz.md"), "utf8")}\nEin neuer Absatz zum Datenschutz.\n`);
    // Until the new text is there: Eleventy may be halfway through writing the file when it first differs.
    await until(() => readFileSync(output("datenschutz/index.html"), "utf8").includes("Ein neuer Absatz zum Datenschutz."), "the rebuilt page");
    const elapsed = performance.now() - started;
    for (const [file, mtime] of others) assert.equal(statSync(output(file)).mtimeMs, mtime, `${file} must not be rewritten`);
    assert.match(readFileSync(output("datenschutz/index.html"), "utf8"), /Ein neuer Absatz zum Datenschutz\./);
    console.log(`# incremental rebuild of one page, from save to new file: ${Math.round(elapsed)} ms`);
  });

  it("a changed news article reaches the lists it is on: the news pages and the front page", { timeout: 120_000 }, async () => {
    const file = source("src/aktuelles/2026/pressemitteilung-eine-welt-tage.md");
    const title = "Eine-Welt-Tage laden zum Mitmachen ein";
    const renamed = "Eine-Welt-Tage laden alle zum Mitmachen ein";
    const unrelated = ["impressum/index.html", "termine/index.html"].map((page) => [page, statSync(output(page)).mtimeMs] as const);
    writeFileSync(file, readFileSync(file, "utf8").replace(`title: ${title}`, `title: ${renamed}`));
    const lists = ["aktuelles/index.html", "aktuelles/2026/index.html", "aktuelles/thema/fairer-handel/index.html", "index.html"];
    // Short words only: hyphenation may put soft hyphens into the long ones.
    await until(() => lists.every((page) => readFileSync(output(page), "utf8").includes("laden alle zum")), `the new title on ${lists.join(", ")}`);
    for (const [page, mtime] of unrelated) assert.equal(statSync(output(page)).mtimeMs, mtime, `${page} must not be rewritten`);
  });

  it("shows drafts, marked as such, and never writes _site/", { timeout: 120_000 }, async () => {
    writeFileSync(
      source("src/jahresbericht.md"),
      '---\ntitle: Jahresbericht\ndescription: "Der Jahresbericht der SEZ mit allen Projekten, Zahlen und Partnerschaften aus Baden-Württemberg."\ndraft: true\n---\n\nKommt bald.\n',
    );
    // The file exists from the moment Eleventy opens it; wait until it is written completely.
    await until(() => existsSync(output("jahresbericht/index.html")) && readFileSync(output("jahresbericht/index.html"), "utf8").includes("Kommt bald."), "the draft page");
    // A tab of its own: the open one may just be reloading after this very rebuild (live reload).
    const draftPage = await browser!.newPage();
    await draftPage.goto(`${base}/jahresbericht/`);
    await draftPage.getByText("Entwurf (draft: true): Diese Seite erscheint nur in der Vorschau").waitFor({ timeout: 30_000 });
    assert.equal(existsSync(path.join(project, "_site")), false);
  });
});
