import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { RenderError, renderInChild } from "../../../lib/build/render.ts";

/** A tiny Eleventy project whose config is `config`, with the real node_modules. */
function project(config: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "sez-render-"));
  symlinkSync(realpathSync(path.join(process.cwd(), "node_modules")), path.join(root, "node_modules"), "dir");
  mkdirSync(path.join(root, "src"));
  writeFileSync(path.join(root, "src", "index.md"), "# Hallo\n");
  writeFileSync(path.join(root, ".eleventy.ts"), config);
  return root;
}

test("the child renders, reports the pages and holds its output back for the parent", async () => {
  const root = project('export default function (c: { on: (e: string, f: () => void) => void }) { c.on("eleventy.before", () => console.log("vorher")); }\n');
  try {
    const { pages, log } = await renderInChild(root, path.join(root, "out"));
    assert.deepEqual(pages, [{ url: "/", inputPath: "src/index.md", file: "index.html" }]);
    assert.match(readFileSync(path.join(root, "out", "index.html"), "utf8"), /<h1>Hallo<\/h1>/);
    assert.match(log, /vorher/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("an error in the child comes back as a RenderError in German, with the raw error kept for --debug", async () => {
  const root = project('export default function () { throw new Error("Vorlage kaputt"); }\n');
  try {
    await assert.rejects(
      renderInChild(root, path.join(root, "out")),
      (error: unknown) =>
        error instanceof RenderError &&
        /^Der Build wurde angehalten: 1 Problem gefunden\./.test(error.message) &&
        /einen unerwarteten Fehler: Vorlage kaputt/.test(error.message) &&
        !/\n\s+at /.test(error.message) &&
        /\n\s+at /.test(error.details),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("with a hand-over folder, the child writes every whole HTML document there as it renders and names it", async () => {
  const root = project("export default function () {}\n");
  try {
    // Eleventy's own Markdown lets HTML through: this page renders as a whole document.
    writeFileSync(path.join(root, "src", "doc.md"), '<!doctype html><html lang="de"><p>Dokument</p></html>\n');
    const handed: string[] = [];
    const dir = path.join(root, "handed");
    await renderInChild(root, path.join(root, "out"), undefined, { dir, onPage: (page) => handed.push(page.file) });
    assert.deepEqual(handed, ["doc/index.html"], "the Markdown page is no whole document and is read from its file later");
    assert.equal(readFileSync(path.join(dir, "doc/index.html"), "utf8"), readFileSync(path.join(root, "out", "doc/index.html"), "utf8"));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
