/**
 * Property-based test of the build's promise for hostile and careless input: fast-check
 * generates front matter (from the page schema's fields) and Markdown from hostile alphabets
 * (control characters, bidi overrides, CRLF, NFD, percent escapes, `..`, script, foreign
 * hosts, huge values) as one page `src/zufall.md` in a scratch copy of the project. Each run
 * validates like the build does and, if the sources pass, renders with Eleventy in the
 * build's render child. Invariants:
 *
 * - the run either passes or stops with German problems, each naming a file of the project;
 * - what the validator passed renders (what is validated is what is rendered);
 * - nothing is written outside the output folder;
 * - no editor-supplied script, event handler or foreign-origin URL reaches the output (a link
 *   to another website written out with https:// is the one foreign URL a page may hold);
 * - the output is whole: every page of the site is in it.
 *
 * Bounded and seeded: SEZ_PROPERTY_RUNS (default 10) runs from SEZ_PROPERTY_SEED (default
 * fixed, so `npm test` is repeatable); a failure prints the seed and the shrunk input.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { Parser } from "htmlparser2";
import { stringify } from "yaml";
import { renderInChild } from "../../lib/build/render.ts";
import { failureProblems } from "../../lib/build/failure.ts";
import { PageFrontMatterSchema } from "../../lib/schemas/page.ts";
import type { Problem } from "../../lib/shared/problems.ts";
import { validateSources } from "../../lib/validate/index.ts";
import { copyProject } from "./project.ts";

const RUNS = Number(process.env.SEZ_PROPERTY_RUNS ?? 10);
const SEED = Number(process.env.SEZ_PROPERTY_SEED ?? 190_219);
const PAGE = "src/zufall.md";
const HOST = "evil.example";

/** Pieces editors paste from Word, old web pages and e-mails: odd, but a page may hold them. */
const PASTED = [
  "\u00ad",
  "\u200b",
  "\u2028",
  "\r\n",
  "\n",
  "\t",
  "u\u0308",
  "A\u030a",
  "ﬁ",
  "%FC",
  "%",
  "%2e%2e/",
  "%3Cscript%3E",
  "..",
  "../",
  "/..",
  "\\",
  "//",
  `//${HOST}/`,
  `/\\${HOST}/`,
  "javascript:alert(1)",
  "' onmouseover='alert(1)",
  "{{ 7*7 }}",
  "{% raw %}",
  "---",
  ": ",
  " #",
  "&a",
  "*a",
  "!!js/function",
  "'",
  '"',
  "`",
  "„Zitat“",
  "–",
  "€",
  "😀",
  "&lt;b&gt;",
];
/** What attackers type and what breaks pages: the build must refuse it or make it harmless. */
const HOSTILE = [
  ...PASTED,
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\ufeff",
  "\u202e",
  "\u202d",
  "\u2066",
  "\u2069",
  "\r",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "</script>",
  "<b>fett</b>",
];
const WORDS = fc.constantFrom("Eine", "Welt", "Förderung", "Straße", "über", "SEZ", " ", " ", "Kommune");

/** Text from ordinary words and, now and then, pasted or hostile pieces. */
const textFrom = (pieces: readonly string[], max: number): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 3, arbitrary: WORDS }, fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: max }).map((parts) => parts.join(""));
/** Mostly text an editor might paste, sometimes hostile. */
const hostileText = (max = 12): fc.Arbitrary<string> => fc.oneof({ weight: 3, arbitrary: textFrom(PASTED, max) }, textFrom(HOSTILE, max));

/** A text that passes the schema's length rules, with hostile characters inside. */
const sizedText = (min: number, max: number): fc.Arbitrary<string> =>
  hostileText(8).map((text) => {
    const filled = `${text} Informationen der Stiftung für Kommunen, Schulen und Vereine im Land. `.repeat(4);
    return filled.slice(0, Math.max(min, Math.min(max, filled.length)));
  });

/** Values for each field of the page schema: valid ones, near misses and hostile ones. */
const FIELD_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  title: fc.oneof(fc.constant("Zufallsseite"), hostileText(), fc.constant("x".repeat(5000))),
  description: fc.oneof(sizedText(60, 180), hostileText(), fc.constant("Ä".repeat(100_000))),
  updated: fc.oneof(fc.constantFrom("2026-02-11", "2026-02-31", "11.02.2026", "2026-2-1", "9999-12-31", "0000-01-01", "2026-02-11\r"), hostileText(3)),
  hero: fc.oneof(fc.constantFrom("startseite", "gibt-es-nicht", "../startseite"), hostileText(3)),
  contacts: fc.oneof(fc.constant(["sez-zentrale"]), fc.array(hostileText(3), { maxLength: 3 })),
  layout: fc.oneof(fc.constantFrom("page", "home", "themen", "../layouts/page"), hostileText(3)),
  shortTitle: hostileText(),
  permalink: fc.oneof(
    fc.constantFrom("zufall/", "zufall.html", "index.html", "/", "robots.txt/", "pagefind/x.html", "zufall", "../../zufall-entkommen/index.html", "a/../../b/", "Zufall/", "zufall\r/"),
    fc.array(fc.constantFrom("..", ".", "a", "%2e", "", "x.html", "\u202e", "ü"), { minLength: 1, maxLength: 5 }).map((parts) => parts.join("/")),
  ),
  draft: fc.oneof(fc.boolean(), fc.constantFrom("true", "ja", "true\r")),
  donationBox: fc.oneof(fc.boolean(), fc.constantFrom("false", "nein")),
  unlisted: fc.boolean(),
};
const FIELDS = Object.keys(PageFrontMatterSchema.shape);

/** Front matter: mostly valid title and description, then a random choice of other fields. */
const frontMatter = fc
  .record({
    base: fc.record({
      title: fc.oneof({ weight: 3, arbitrary: fc.constant("Zufallsseite") }, FIELD_VALUES.title!),
      description: fc.oneof({ weight: 3, arbitrary: sizedText(60, 180) }, FIELD_VALUES.description!),
    }),
    extra: fc
      .subarray(
        FIELDS.filter((field) => field !== "title" && field !== "description"),
        { maxLength: 2 },
      )
      .chain((fields) => fc.record(Object.fromEntries(fields.map((field) => [field, FIELD_VALUES[field]!])))),
    unknown: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, fc.constantFrom("titel", "Permalink", "eleventyComputed", "pagination", "eleventyExcludeFromCollections")),
  })
  .map(({ base, extra, unknown }) => ({ ...base, ...extra, ...(unknown ? { [unknown]: `../../${HOST}` } : {}) }));

/** Markdown blocks: ordinary text with hostile characters, links, HTML, photos, headings. */
const block = fc.oneof(
  { weight: 8, arbitrary: hostileText(16) },
  fc
    .tuple(
      hostileText(3),
      fc.constantFrom(
        `//${HOST}/login`,
        `/\\${HOST}/`,
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "mailto:info",
        "mailto:m%FCller@sez.de",
        "/kontakt/",
        "/kontakt/#anfahrt",
        "../..",
        "%FC",
        `http://${HOST}/x.js`,
      ),
    )
    .map(([text, href]) => `[${text || "Link"}](${href})`),
  fc.constantFrom(
    `<script src="//${HOST}/x.js"></script>`,
    '<img src=x onerror="alert(1)">',
    `<iframe src="https://${HOST}/"></iframe>`,
    '<a href="javascript:alert(1)">x</a>',
    "<!-- Kommentar -->",
    '<p style="color:red">x</p>',
  ),
  fc.constantFrom("![](bild:startseite)", "![](bild:gibt-es-nicht)", `![](https://${HOST}/x.png)`, "![Alt](/assets/images/startseite.jpg)", `![](bild:startseite "<script>")`),
  { weight: 2, arbitrary: hostileText(4).map((text) => `## ${text || "Abschnitt"}`) },
  fc.constantFrom("info@sez.de", "m%FCller@sez.de", `www.${HOST}`, "<info@sez.de>", "{{ site.url }}", "| a | b |\n|---|---|\n| <b>x</b> | y |"),
);
const markdown = fc.array(block, { minLength: 1, maxLength: 4 }).map((blocks) => blocks.join("\n\n"));

/** True in one run of four. */
const rarely = fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, fc.constant(true));

/** The page file: YAML written by a library or by hand (which may itself be broken), LF or CRLF. */
const pageFile = fc.record({ data: frontMatter, body: markdown, byHand: rarely, crlf: fc.boolean(), bom: rarely }).map(({ data, body, byHand, crlf, bom }) => {
  const yaml = byHand
    ? Object.entries(data)
        .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.join(", ")}]` : String(value)}`)
        .join("\n")
    : stringify(data).trimEnd();
  const text = `---\n${yaml}\n---\n\n${body}\n`;
  return `${bom ? "\uFEFF" : ""}${crlf ? text.replace(/\n/g, "\r\n") : text}`;
});

let tmp = "";
let project = "";
let sourcePages: string[] = [];

/** Every file below `dir` with size and modification time (node_modules and the image cache left out). */
function snapshot(dir: string, skip: ReadonlySet<string>, relative = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    const child = path.posix.join(relative, entry.name);
    if (skip.has(child)) continue;
    if (entry.isDirectory()) for (const [k, v] of snapshot(dir, skip, child)) out.set(k, v);
    else {
      const stat = statSync(path.join(dir, child), { throwIfNoEntry: false });
      out.set(child, stat ? `${stat.size}:${stat.mtimeMs}` : "?");
    }
  }
  return out;
}

/** What is wrong with a problem as the build would print it: German, naming a file of the project. */
function problemFault(problem: Problem): string | undefined {
  if (!problem.file || !existsSync(path.join(project, problem.file.split("/")[0]!))) return `names no file of the project: ${JSON.stringify(problem.file)}`;
  for (const part of [problem.expected, problem.received, problem.fix]) if (!part || part.trim() === "") return "has an empty part";
  if (/\n\s+at |\bError:|undefined|\[object Object\]/.test(`${problem.expected}${problem.fix}`)) return `reads like a crash: ${problem.expected} / ${problem.fix}`;
  if (!/\b(Sie|der|die|das|ein|eine|oder|und|nicht)\b/.test(problem.fix)) return `has no German fix: ${problem.fix}`;
  return undefined;
}

/** Every HTML file below `dir`, relative. */
function htmlFiles(dir: string, relative = ""): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = path.posix.join(relative, entry.name);
    if (entry.isDirectory()) return htmlFiles(dir, child);
    return entry.name.endsWith(".html") ? [child] : [];
  });
}

/** What in rendered HTML is script, an event handler or a foreign URL an editor brought in. */
function htmlFaults(html: string): string[] {
  const faults: string[] = [];
  let script: { type: string; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const [key, value] of Object.entries(attributes)) {
          if (/^on/i.test(key)) faults.push(`<${name} ${key}=…>`);
          // A link elsewhere is fine when it says so (https://); nothing else may name the foreign host.
          const visibleLink = name === "a" && key === "href" && /^https?:\/\//i.test(value);
          if (value.includes(HOST) && !visibleLink) faults.push(`<${name} ${key}="${value}">`);
          if (/^\s*(javascript|vbscript|data):/i.test(value) && /^(href|src|action|formaction|srcset|poster|xlink:href)$/i.test(key)) faults.push(`<${name} ${key}="${value}">`);
        }
        if (name === "script") {
          if (attributes.src !== undefined && !/^\/(assets|pagefind)\//.test(attributes.src)) faults.push(`<script src="${attributes.src}">`);
          script = { type: attributes.type ?? "", text: "" };
        }
        if (name === "iframe" || name === "object" || name === "embed") faults.push(`<${name}>`);
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name !== "script" || !script) return;
        // The one inline script: structured data, which must stay JSON (no </script> breakout).
        if (script.type === "application/ld+json") {
          try {
            JSON.parse(script.text);
          } catch {
            faults.push("JSON-LD that is no JSON (editor text broke out)");
          }
        } else if (script.text.trim() !== "") faults.push(`inline <script>${script.text.slice(0, 40)}`);
        script = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return faults;
}

before(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "sez-property-"));
  project = path.join(tmp, "project");
  copyProject(project);
  sourcePages = readdirSync(path.join(project, "src"), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe("hostile input (property-based)", () => {
  it(`${RUNS} generated pages: German problems naming a file, or a whole output without editor script or foreign URLs, and nothing outside it`, { timeout: 300_000 }, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(pageFile, async (page) => {
        const outDir = path.join(project, `.site-next-${run++}`);
        writeFileSync(path.join(project, PAGE), page);
        const skip = new Set(["node_modules", ".cache", path.basename(outDir)]);
        const before = { project: snapshot(project, skip), tmp: readdirSync(tmp).sort().join("|") };
        try {
          const report = await validateSources(project, { drafts: false });
          if (process.env.SEZ_PROPERTY_DIAG) console.log("DIAG", report.problems.length ? report.problems.map((p) => p.expected.slice(0, 50)).join(" | ") : "VALID");
          if (report.problems.length > 0) {
            for (const problem of report.problems) {
              const fault = problemFault(problem);
              assert.equal(fault, undefined, `problem ${JSON.stringify(problem)} ${fault}`);
            }
            return;
          }
          let rendered: Awaited<ReturnType<typeof renderInChild>>;
          try {
            rendered = await renderInChild(project, outDir);
          } catch (error) {
            const problems = failureProblems(error, project);
            assert.fail(`validated sources must render, but the render stopped:\n${problems.map((p) => `${p.file}: ${p.received}`).join("\n")}`);
          }
          const written = htmlFiles(outDir);
          const published = new Set(rendered.pages.map((p) => p.inputPath));
          for (const source of sourcePages) {
            const file = `src/${source.split(path.sep).join("/")}`;
            if (file !== PAGE) assert.ok(published.has(file), `the output must be whole: ${file} is missing`);
          }
          for (const file of written) {
            const faults = htmlFaults(readFileSync(path.join(outDir, file), "utf8"));
            assert.deepEqual(faults, [], `${file} holds editor script or foreign URLs`);
          }
        } finally {
          const afterRun = { project: snapshot(project, skip), tmp: readdirSync(tmp).sort().join("|") };
          afterRun.project.delete(PAGE);
          before.project.delete(PAGE);
          rmSync(outDir, { recursive: true, force: true });
          assert.equal(afterRun.tmp, before.tmp, "nothing may be written next to the project");
          assert.deepEqual(
            [...afterRun.project].filter(([file, stamp]) => before.project.get(file) !== stamp),
            [],
            "nothing outside the output folder may change",
          );
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
