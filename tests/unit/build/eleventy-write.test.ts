/**
 * lib/build/render-child.ts reads the pages from what `eleventy.write()` resolves to: a pair
 * whose second element lists each template's inputPath, outputPath and url. Eleventy does not
 * document that value, so @11ty/eleventy is pinned exactly in package.json and this test names
 * the change when an update reshapes it.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import Eleventy from "@11ty/eleventy";

const dir = mkdtempSync(path.join(os.tmpdir(), "sez-eleventy-write-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("eleventy.write() (pinned: an undocumented return value)", () => {
  it("resolves to [passthrough copies, templates with inputPath, outputPath and url]", async () => {
    mkdirSync(path.join(dir, "src/themen"), { recursive: true });
    writeFileSync(path.join(dir, "src/index.md"), "# Start\n");
    writeFileSync(path.join(dir, "src/themen/a.md"), "---\npermalink: /themen/a/\n---\n# A\n");
    writeFileSync(path.join(dir, "eleventy.config.mjs"), "export default function () {}\n");
    const eleventy = new Eleventy(path.join(dir, "src"), path.join(dir, "_site"), { configPath: path.join(dir, "eleventy.config.mjs"), quietMode: true });
    const result: unknown = await eleventy.write();
    const hint = "@11ty/eleventy hat die Form des Ergebnisses von write() geändert: passen Sie lib/build/render-child.ts an, bevor Sie das Update übernehmen";
    assert.ok(Array.isArray(result) && result.length === 2 && Array.isArray(result[1]), `${hint} (erhalten: ${JSON.stringify(result)?.slice(0, 200)})`);
    const templates = (result as [unknown, Array<Record<string, unknown>>])[1].map((t) => ({
      url: t.url,
      input: path.relative(dir, String(t.inputPath)),
      output: path.relative(dir, String(t.outputPath)),
    }));
    assert.deepEqual(
      templates.sort((a, b) => String(a.url).localeCompare(String(b.url))),
      [
        { url: "/", input: "src/index.md", output: "_site/index.html" },
        { url: "/themen/a/", input: "src/themen/a.md", output: "_site/themen/a/index.html" },
      ],
      hint,
    );
  });
});
