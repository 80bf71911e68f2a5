import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeHtml } from "../../../lib/check/html.ts";
import type { OutputIndex } from "../../../lib/check/links.ts";
import { checkCsp, checkDuplicateIds, checkRedirects, checkReferences, checkValidation, closestUrl, cssRefs, pagesText, type CheckedPage, type Locator } from "../../../lib/check/output.ts";
import { cspHash, formatCsp, sitePolicy } from "../../../lib/hosting/csp.ts";

const origin = "https://www.sez.de";
const policy = sitePolicy(["body{margin:0}"]);
const meta = formatCsp(policy, "meta");
const html = (body: string, head = "") =>
  `<!doctype html><html lang="de"><head><meta http-equiv="Content-Security-Policy" content="${meta}"><style>body{margin:0}</style>${head}</head><body>${body}</body></html>`;
const page = (file: string, inputPath: string | undefined, body: string, head = ""): CheckedPage => ({ file, inputPath, ...analyzeHtml(html(body, head)) });

const pages = [
  page("index.html", "src/index.md", '<a href="/kontakt/">Kontakt</a><a href="/themen/gibts-nicht/">x</a><a href="/kontak/">y</a>'),
  page("kontakt/index.html", "src/kontakt.md", '<h2 id="anfahrt">A</h2><a href="/#nirgends">z</a><a href="/themen/gibts-nicht/">x</a>'),
];
const index: OutputIndex = {
  files: new Set(["index.html", "kontakt/index.html"]),
  ids: new Map(pages.map((p) => [p.file, new Set(p.ids)])),
  headingIds: new Map(pages.map((p) => [p.file, p.headingIds])),
};
const sources: Record<string, string> = {
  "src/index.md": "Text\n[x](/themen/gibts-nicht/)\n[y](/kontak/)\n",
  "src/kontakt.md": "[z](/#nirgends)\n",
  "_data/site.yaml": "nav:\n  - url: /themen/gibts-nicht/\n",
};
const locate: Locator = (needle, inputPath, outputFile) => {
  for (const file of [inputPath, "_data/site.yaml"]) {
    const line = file && needle ? sources[file]?.split("\n").findIndex((l) => l.includes(needle)) : -1;
    if (file && line !== undefined && line >= 0) return { file, line: line + 1 };
  }
  return { file: inputPath ?? outputFile };
};

test("a broken link names the source file, its line, the link and the page", () => {
  const { problems } = checkReferences(pages, index, origin, locate);
  const broken = problems.find((p) => p.file === "src/index.md" && p.received.includes("/themen/gibts-nicht/"));
  assert.ok(broken);
  assert.equal(broken.line, 2);
  assert.match(broken.received, /"\/themen\/gibts-nicht\/" \(a\[href\]\): diese Adresse gibt es nicht, auf der Seite \/$/);
});

test("the same broken link from a data file is one problem listing the pages", () => {
  const { problems } = checkReferences(pages, index, origin, locate);
  const fromData = problems.filter((p) => p.file === "_data/site.yaml");
  assert.equal(fromData.length, 1);
  assert.match(fromData[0]!.received, /auf der Seite \/kontakt\/$/);
});

test("a typo gets a suggestion, a missing fragment lists existing ones", () => {
  const { problems } = checkReferences(pages, index, origin, locate);
  assert.match(problems.find((p) => p.received.includes('"/kontak/"'))!.fix, /meinten Sie \/kontakt\/\?/);
  const fragment = problems.find((p) => p.received.includes("#nirgends"))!;
  assert.equal(fragment.file, "src/kontakt.md");
  assert.match(fragment.received, /\/ hat keinen Abschnitt "#nirgends"/);
  const wrongOnContact = checkReferences([page("index.html", "src/index.md", '<a href="/kontakt/#anreise">x</a>')], index, origin, locate).problems[0]!;
  assert.match(wrongOnContact.fix, /z\. B\. #anfahrt\./);
  assert.equal(closestUrl("/ganz-anders/", ["/kontakt/"]), undefined);
});

test("links to a page another feature will add are notes, not problems", () => {
  const withSearch = [page("index.html", "src/index.md", '<a href="/suche/">Suche</a>')];
  const result = checkReferences(withSearch, index, origin, locate, new Map([["/suche/", "src/suche.11ty.tsx"]]));
  assert.deepEqual(result.problems, []);
  assert.equal(result.notes.length, 1);
});

test("a resource from another host is a problem, a link there is not", () => {
  const external = [page("index.html", "src/index.md", '<a href="https://www.bmz.de/">BMZ</a><img src="https://cdn.example.org/a.png" alt="">')];
  const { problems } = checkReferences(external, index, origin, locate);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.received, /cdn\.example\.org/);
});

test("CSP: the policy's own page passes; inline script, handlers and a wrong meta do not", () => {
  assert.deepEqual(checkCsp(pages, policy, locate), []);
  const bad: CheckedPage = { ...page("index.html", "src/index.md", '<button onclick="x()">x</button><script>alert(1)</script>'), cspMeta: "default-src *" };
  const problems = checkCsp([bad], policy, locate);
  assert.equal(problems.length, 3);
  assert.ok(problems.some((p) => p.received.includes("default-src *")));
  assert.ok(problems.some((p) => p.received.includes("button[onclick]")));
  assert.ok(problems.some((p) => p.received.includes("<script>")));
  assert.ok(cspHash("alert(1)"));
});

test("invalid JSON-LD is a problem", () => {
  const bad = page("index.html", "src/index.md", "", '<script type="application/ld+json">{"a":</script>');
  assert.equal(checkCsp([bad], policy, locate).length, 1);
});

test("html-validate errors are merged across pages", () => {
  const message = { rule: "no-dup-id", message: 'Duplicate ID "x"', selector: "#x" };
  const problems = checkValidation(
    [
      { ...pages[0]!, validation: [message] },
      { ...pages[1]!, validation: [message] },
    ],
    locate,
  );
  assert.equal(problems.length, 2);
  assert.match(problems[0]!.expected, /Regel no-dup-id/);
});

test("redirects must lead to a page and must not start at one", () => {
  const files = new Set(["index.html", "kontakt/index.html"]);
  const lineOf = (i: number) => 10 + i;
  assert.deepEqual(
    checkRedirects(
      [
        { from: "/alt/", to: "/kontakt/" },
        { from: "/x/*", to: "/:splat" },
      ],
      files,
      lineOf,
    ),
    [],
  );
  const problems = checkRedirects(
    [
      { from: "/alt/", to: "/gibts-nicht/" },
      { from: "/kontakt/", to: "/" },
    ],
    files,
    lineOf,
  );
  assert.deepEqual(
    problems.map((p) => [p.field, p.line]),
    [
      ["redirects[0].to", 10],
      ["redirects[1].from", 11],
    ],
  );
});

test("url() references of CSS are found", () => {
  assert.deepEqual(
    cssRefs(`a{background:url("/img/a.png")}b{src:url(x.woff2)}`).map((r) => r.url),
    ["/img/a.png", "x.woff2"],
  );
  assert.equal(pagesText(["/a/", "/b/", "/c/", "/d/"]), "auf 4 Seiten: /a/, /b/, /c/ und 1 weitere");
});

test("an id used twice on a page stops the build, with a fix for a heading", () => {
  const twice = page("a/index.html", "src/a.md", '<main id="inhalt"><h2 id="inhalt">Inhalt</h2><p id="x">a</p></main>');
  const problems = checkDuplicateIds([twice, pages[0]!], locate);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, "src/a.md");
  assert.match(problems[0]!.received, /die id "inhalt" 2-mal/);
  assert.match(problems[0]!.fix, /Formulieren Sie die Überschrift anders/);
});
