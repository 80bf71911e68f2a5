import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compressedSizes, compressible, kindOf, totals } from "../../../bench/lib/browser.ts";
import { parseLighthouse } from "../../../bench/lib/lighthouse.ts";
import { prettyName } from "../../../bench/lib/machine.ts";
import { parseGnuTime, processTree, statusBytes } from "../../../bench/lib/process.ts";
import { bytes, median, percent, ratio, seconds, table } from "../../../bench/lib/stats.ts";
import { parseHugoTotal, parseWroteLine } from "../../../bench/lib/watch.ts";
import { groupOf, inclusiveTimes, summariseProfiles, type CpuProfile } from "../../../bench/profile.ts";
import { hugoContentPath, isCopied } from "../../../bench/workcopy.ts";

describe("stats", () => {
  it("takes medians", () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 2, 3]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });
  it("formats", () => {
    assert.equal(seconds(8123), "8.12 s");
    assert.equal(seconds(19_600), "19.6 s");
    assert.equal(bytes(512), "512 B");
    assert.equal(bytes(14_336), "14.3 kB");
    assert.equal(bytes(1_250_000), "1.25 MB");
    assert.equal(ratio(7100, 5000), "1.42x");
    assert.equal(ratio(1, 0), "–");
    assert.equal(percent(0.634), "63%");
    assert.equal(table(["a", "b"], [["1", "x|y"]]), "| a | b |\n| --- | --- |\n| 1 | x\\|y |");
  });
});

describe("process measurement", () => {
  it("reads kB fields of /proc/<pid>/status", () => {
    const status = "Name:\tnode\nVmHWM:\t  2048 kB\nVmRSS:\t  1024 kB\n";
    assert.equal(statusBytes(status, "VmRSS"), 1024 * 1024);
    assert.equal(statusBytes(status, "VmHWM"), 2048 * 1024);
    assert.equal(statusBytes(status, "VmSwap"), 0);
  });
  it("parses GNU time's line", () => {
    assert.deepEqual(parseGnuTime("1.50 2.25 0.25 409600\n"), { cpuMs: 2500, maxRss: 409600 * 1024 });
    assert.equal(parseGnuTime("Command exited with non-zero status 1\n"), undefined);
  });
  it("finds this process in its own tree", () => assert.equal(processTree(process.pid)[0], process.pid));
});

describe("watch", () => {
  it("reads Eleventy's write line", () => {
    assert.deepEqual(parseWroteLine("[11ty] Wrote 1 file (skipped 267) in 0.13 seconds (v3.1.8)"), { files: 1, ms: 130 });
    assert.deepEqual(parseWroteLine("[11ty] Copied 132 Wrote 268 files in 3.37 seconds (12.6ms each, v3.1.8)"), { files: 268, ms: 3370 });
    assert.equal(parseWroteLine("[11ty] Watching…"), undefined);
  });
  it("reads Hugo's total line", () => {
    assert.deepEqual(parseHugoTotal("Total in 91 ms"), { files: undefined, ms: 91 });
    assert.equal(parseHugoTotal("Change detected, rebuilding site."), undefined);
  });
});

describe("browser helpers", () => {
  it("sorts responses into kinds", () => {
    assert.equal(kindOf("text/html; charset=utf-8", "http://x/"), "html");
    assert.equal(kindOf("text/css", "http://x/a.css"), "css");
    assert.equal(kindOf("", "http://x/pagefind/pagefind.js"), "js");
    assert.equal(kindOf("font/woff2", "http://x/f.woff2"), "font");
    assert.equal(kindOf("image/avif", "http://x/a.avif"), "image");
    assert.equal(kindOf("application/octet-stream", "http://x/pagefind/pagefind.en.pf_meta"), "other");
  });
  it("compresses text only", () => {
    assert.ok(compressible("text/css", "http://x/a.css"));
    assert.ok(!compressible("image/avif", "http://x/a.avif"));
    const text = Buffer.from("Kommunale Entwicklungszusammenarbeit ".repeat(100));
    const sizes = compressedSizes(text, true);
    assert.ok(sizes.brotli < sizes.gzip && sizes.gzip < sizes.raw);
    assert.deepEqual(compressedSizes(text, false), { raw: text.length, gzip: text.length, brotli: text.length });
  });
  it("sums per kind", () => {
    const t = totals([
      { url: "/", kind: "html", raw: 10, gzip: 5, brotli: 4, blocking: true },
      { url: "/a.css", kind: "css", raw: 20, gzip: 8, brotli: 6, blocking: true },
    ]);
    assert.deepEqual(t.total, { count: 2, raw: 30, gzip: 13, brotli: 10 });
    assert.equal(t.image.count, 0);
  });
});

describe("lighthouse", () => {
  it("reads scores, metrics and failing audits", () => {
    const result = parseLighthouse("/", {
      categories: { performance: { score: 0.98 }, accessibility: { score: 1 }, "best-practices": { score: null }, seo: { score: 0.9 } },
      audits: {
        "largest-contentful-paint": { score: 0.95, numericValue: 1234, title: "LCP" },
        "color-contrast": { score: 0, title: "Kontrast" },
        "screenshot-thumbnails": { score: 0, title: "Thumbs", scoreDisplayMode: "informative" },
      },
    });
    assert.deepEqual(result.scores, { performance: 98, accessibility: 100, "best-practices": undefined, seo: 90 });
    assert.equal(result.metrics.lcpMs, 1234);
    assert.deepEqual(result.failing, ["color-contrast: Kontrast"]);
  });
});

describe("profile", () => {
  it("groups scripts by package or project file", () => {
    assert.equal(groupOf("file:///p/node_modules/@11ty/eleventy/src/Template.js", "/p"), "@11ty/eleventy");
    assert.equal(groupOf("file:///p/node_modules/.pnpm/x/node_modules/yaml/dist/a.js", "/p"), "yaml");
    assert.equal(groupOf("file:///p/lib/validate/pages.ts?update=1", "/p"), "lib/validate/pages.ts");
    assert.equal(groupOf("node:internal/fs/utils", "/p"), "node (internals)");
    assert.equal(groupOf("", "/p"), "(V8/native)");
  });
  it("sums self time and leaves idle time out", () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: "(root)", url: "", lineNumber: -1 }, children: [2, 3, 4] },
        { id: 2, callFrame: { functionName: "render", url: "file:///p/node_modules/markdown-it/index.js", lineNumber: 9 } },
        { id: 3, callFrame: { functionName: "(idle)", url: "", lineNumber: -1 } },
        { id: 4, callFrame: { functionName: "(garbage collector)", url: "", lineNumber: -1 } },
      ],
      samples: [2, 2, 3, 4],
      timeDeltas: [1000, 3000, 5000, 1000],
      startTime: 0,
      endTime: 10_000,
    };
    const summary = summariseProfiles([profile, profile], "/p");
    assert.equal(summary.totalMs, 10);
    assert.deepEqual(summary.byGroup[0], { name: "markdown-it", ms: 8, share: 0.8 });
    assert.equal(summary.byFunction[0]!.name, "render markdown-it:10");
  });
});

describe("work copies", () => {
  it("copies inputs, not outputs", () => {
    for (const name of ["lib", "src", "_data", "scripts", ".eleventy.ts", "package.json"]) assert.ok(isCopied(name), name);
    for (const name of ["node_modules", "_site", ".git", "bench", ".cache"]) assert.ok(!isCopied(name), name);
  });
  it("names folder pages for Hugo", () => {
    assert.equal(hugoContentPath("index.md"), "_index.md");
    assert.equal(hugoContentPath("themen/index.md"), "themen/_index.md");
    assert.equal(hugoContentPath("kontakt.md"), "kontakt.md");
  });
});

describe("machine", () => {
  it("reads the OS name", () => assert.equal(prettyName('NAME="Debian"\nPRETTY_NAME="Debian GNU/Linux 13 (trixie)"\n'), "Debian GNU/Linux 13 (trixie)"));
});

describe("inclusiveTimes", () => {
  it("counts a sample for every part on its stack, once", () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: "(root)", url: "", lineNumber: -1 }, children: [2] },
        { id: 2, callFrame: { functionName: "validateSources", url: "file:///p/lib/validate/index.ts", lineNumber: 1 }, children: [3] },
        { id: 3, callFrame: { functionName: "parse", url: "file:///p/node_modules/yaml/dist/index.js", lineNumber: 1 }, children: [4] },
        { id: 4, callFrame: { functionName: "parse", url: "file:///p/node_modules/yaml/dist/index.js", lineNumber: 9 } },
      ],
      samples: [2, 3, 4],
      timeDeltas: [1000, 1000, 2000],
      startTime: 0,
      endTime: 4000,
    };
    const parts = inclusiveTimes(
      [profile],
      [
        { label: "validation", test: (f) => f.functionName === "validateSources" },
        { label: "yaml", test: (f) => f.url.includes("/yaml/") },
      ],
    );
    assert.deepEqual(parts, [
      { name: "validation", ms: 4, share: 1 },
      { name: "yaml", ms: 3, share: 0.75 },
    ]);
  });
});
