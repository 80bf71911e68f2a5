import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { validateSiteHtml } from "../../../lib/check/site-html.ts";

const valid = (title: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1></main></body></html>`;

/** A built site with `count` valid pages and, if asked, one page with a duplicate id. */
function site(count: number, broken: boolean): string {
  const root = mkdtempSync(path.join(tmpdir(), "sez-site-html-"));
  writeFileSync(path.join(root, ".htmlvalidate.json"), readFileSync(path.join(process.cwd(), ".htmlvalidate.json")));
  for (let i = 0; i < count; i++) {
    mkdirSync(path.join(root, "_site", `p${i}`), { recursive: true });
    writeFileSync(path.join(root, "_site", `p${i}`, "index.html"), valid(`Seite ${i}`));
  }
  if (broken) writeFileSync(path.join(root, "_site", "p1", "index.html"), valid("Seite 1").replace("<h1>", '<h1 id="a">').replace("</h1>", '</h1><p id="a">x</p>'));
  writeFileSync(path.join(root, "_site", "style.css"), "not html");
  return root;
}

test("a valid site has no problems; every HTML file counts", async () => {
  const root = site(3, false);
  try {
    assert.deepEqual(await validateSiteHtml(root, path.join(root, "_site")), { pages: 3, problems: [] });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("an invalid page is named with the rule, in one thread and on the worker pool", async () => {
  for (const count of [3, 210]) {
    const root = site(count, true);
    try {
      const { pages, problems } = await validateSiteHtml(root, path.join(root, "_site"));
      assert.equal(pages, count);
      assert.equal(problems.length, 1, `${count} pages`);
      assert.equal(problems[0]!.file, "_site/p1/index.html");
      assert.match(problems[0]!.expected, /Regel no-dup-id/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
});
