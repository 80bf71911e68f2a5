import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { listFiles, projectPath } from "../../../lib/build/context.ts";
import { processHtml } from "../../../lib/build/page-pass.ts";
import { createPool } from "../../../lib/build/pool.ts";
import type { PageResult } from "../../../lib/build/page-pass.ts";
import { createValidator } from "../../../lib/check/validator.ts";

const page = (title: string) => `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <style>a > b { color: red }</style>
    <script type="application/ld+json">{"a": 1}</script>
  </head>
  <body>
    <!-- Kommentar -->
    <main><p>  Ein   <b>Text</b> <i>mit</i>   Abständen </p>
    <pre> a
  b</pre></main>
  </body>
</html>`;

test("one parse: soft hyphens in the German text, the search source from the page as Eleventy wrote it", () => {
  const source = page("Entwicklungszusammenarbeit");
  const { html, search } = processHtml(source.replace("<main>", "<main data-pagefind-body>"), "a/index.html");
  assert.ok(html.includes("<title>Entwicklungszusammenarbeit</title>"), "the head stays as it is");
  assert.ok(html.includes("Ab\u00ADstän\u00ADden") || html.includes("Abständen"), "short words may stay whole");
  assert.ok(html.includes("<style>a > b { color: red }</style>"), "inline CSS stays byte for byte (its CSP hash)");
  assert.ok(html.includes('{"a": 1}'));
  assert.ok(html.includes("<pre> a\n  b</pre>"));
  assert.deepEqual(search?.texts.map((t) => t.trim()).filter(Boolean), ["Ein", "Text", "mit", "Abständen", "a\n  b"]);
  assert.equal(processHtml(source, "b/index.html").search, undefined, "no indexed body, no search source");
});

test("one page: hyphenated and analysed", () => {
  const { html, report } = processHtml(page("A"), "a/index.html");
  assert.equal(report.bytes, Buffer.byteLength(html));
  assert.deepEqual(
    report.inline.map((i) => [i.kind, i.text]),
    [["style", "a > b { color: red }"]],
  );
  assert.deepEqual(createValidator(process.cwd())(html), [], "the processed page is valid HTML");
});

test("the worker pool processes every page in place and keeps the order", async () => {
  const root = mkdtempSync(path.join(tmpdir(), "sez-pool-"));
  try {
    writeFileSync(path.join(root, ".htmlvalidate.json"), readFileSync(path.join(process.cwd(), ".htmlvalidate.json")));
    const outDir = path.join(root, "out");
    const files = Array.from({ length: 7 }, (_, i) => `p${i}/index.html`);
    for (const [i, file] of files.entries()) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), page(`Seite ${i}`));
    }
    const pool = createPool(new URL("../../../lib/build/page-worker.ts", import.meta.url), { root }, 2);
    try {
      const results = await pool.run<{ outDir: string; file: string }, PageResult>(
        files.map((file) => ({ outDir, file })),
        2,
      );
      assert.deepEqual(
        results.map((r) => r.report.file),
        files,
      );
      const third = readFileSync(path.join(outDir, "p3/index.html"), "utf8");
      assert.ok(third.includes("<title>Seite 3</title>"));
      assert.equal(results[3]?.report.bytes, Buffer.byteLength(third), "the report describes the file as written");
      assert.deepEqual(listFiles(outDir), files);
    } finally {
      await pool.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("projectPath normalises Eleventy's input paths", () => {
  assert.equal(projectPath("/w/site", "./src/kontakt.md"), "src/kontakt.md");
});

test("submitted jobs spread over the workers and each gets its own result", async () => {
  const root = mkdtempSync(path.join(tmpdir(), "sez-submit-"));
  try {
    writeFileSync(path.join(root, ".htmlvalidate.json"), readFileSync(path.join(process.cwd(), ".htmlvalidate.json")));
    const outDir = path.join(root, "out");
    const files = Array.from({ length: 6 }, (_, i) => `s${i}.html`);
    for (const [i, file] of files.entries()) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path.join(outDir, file), page(`Einzeln ${i}`));
    }
    const pool = createPool(new URL("../../../lib/build/page-worker.ts", import.meta.url), { root }, 2);
    try {
      const results = await Promise.all(files.map((file) => pool.submit<{ outDir: string; file: string }, PageResult>({ outDir, file })));
      assert.deepEqual(
        results.map((r) => r.report.file),
        files,
      );
      assert.ok(readFileSync(path.join(outDir, "s4.html"), "utf8").includes("<title>Einzeln 4</title>"));
    } finally {
      await pool.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
