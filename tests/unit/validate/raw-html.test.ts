import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Parser } from "htmlparser2";
import { createMarkdown } from "../../../lib/render/markdown.ts";
import { classifyHtml, javascriptSnippet, rawHtmlProblems, tagName } from "../../../lib/validate/raw-html.ts";

/** What an editor could try to smuggle into a page. */
const ATTACKS = [
  "<script>alert(1)</script>",
  "Text <script src=https://evil.example/x.js></script> Text",
  '<img src=x onerror="alert(1)">',
  '<svg onload="alert(1)"></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<a href="javascript:alert(1)">x</a>',
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](javascript&#58;alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![x](javascript:alert(1))",
  "<javascript:alert(1)>",
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<SCRIPT>alert(1)</SCRIPT>",
  '<p onmouseover="alert(1)">x</p>',
];

/** Elements and attributes of an HTML string, as a browser would see them. */
function parseHtml(html: string): { tags: string[]; attributes: [string, string][] } {
  const tags: string[] = [];
  const attributes: [string, string][] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      tags.push(name);
      for (const [key, value] of Object.entries(attrs)) attributes.push([key, value]);
    },
  });
  parser.write(html);
  parser.end();
  return { tags, attributes };
}

describe("no script from Markdown reaches the output", () => {
  const md = createMarkdown({ figure: (id) => `<figure data-id="${id}"></figure>`, email: (address) => `<span class="email">${address}</span>` });
  for (const attack of ATTACKS) {
    it(`renders ${JSON.stringify(attack)} harmlessly`, () => {
      const { tags, attributes } = parseHtml(md.render(attack));
      assert.deepEqual(
        tags.filter((t) => ["script", "iframe", "object", "embed", "svg", "img", "div", "style"].includes(t)),
        [],
      );
      assert.deepEqual(
        attributes.filter(([key]) => key.startsWith("on") || key === "style"),
        [],
      );
      assert.deepEqual(
        attributes.filter(([, value]) => /^\s*(?:javascript|vbscript|data):/i.test(value)),
        [],
      );
    });
  }
});

describe("rawHtmlProblems", () => {
  const check = (body: string) => rawHtmlProblems({ file: "src/a.md", body, bodyLine: 5 });

  it("names the line and kind of each piece of HTML", () => {
    const problems = check('Erster Absatz\nmit <b>fett</b>\n\n<script>\nalert(1)\n</script>\n\n| a | b |\n|---|---|\n| <i>x</i> | y |\n\n- <iframe src="x"></iframe>\n\n[x](javascript:alert(1))\n');
    assert.deepEqual(
      problems.map((p) => [p.line, p.received.split(":")[0]]),
      [
        [6, "HTML (<b>)"],
        [8, "ein <script>-Element (Programmcode)"],
        [14, "HTML (<i>)"],
        [16, "einen eingebetteten fremden Inhalt (<iframe>)"],
        [18, "eine javascript"],
      ],
    );
    assert.ok(problems.every((p) => p.file === "src/a.md" && p.expected === "Markdown ohne HTML"));
  });
  it("suggests the Markdown for a tag", () => {
    assert.match(check("Ein <strong>wichtiger</strong> Satz.")[0]!.fix, /Verwenden Sie Markdown statt HTML, hier \*\*fett\*\*/);
    assert.match(check("Zeile<br>Zeile")[0]!.fix, /Backslash/);
  });
  it("reports event handlers and HTML comments", () => {
    assert.match(check('<a href="/kontakt/" onclick="x()">K</a>')[0]!.received, /Programmcode \(on\.\.\.=\)/);
    assert.match(check("<!-- Notiz -->")[0]!.received, /HTML-Kommentar/);
    assert.match(check("[x](javascript&#58;alert(1))")[0]!.received, /javascript:-Adresse/);
    assert.match(check("[x][r]\n\n[r]: javascript:alert(1)")[0]!.received, /javascript:-Adresse/);
    assert.match(check("Hier: java&#115;cript:alert(1)")[0]!.received, /javascript:-Adresse/, "an entity that spells the word");
  });
  it("leaves code, autolinks and plain text alone", () => {
    assert.deepEqual(check("So nicht: `<script>`\n\n    <b>eingerückt</b>\n\n```\n<iframe>\n```\n\n<https://www.sez.de/> und <info@sez.de>, 3 < 4 > 2"), []);
  });
});

describe("HTML helpers", () => {
  it("classifies by the most dangerous part", () => {
    assert.equal(classifyHtml("<script>"), "script");
    assert.equal(classifyHtml('<iframe onload="x">'), "embed");
    assert.equal(classifyHtml('<b onclick="x">'), "handler");
    assert.equal(classifyHtml('<a href="javascript:x">'), "javascript");
    assert.equal(classifyHtml("<!-- x -->"), "comment");
    assert.equal(classifyHtml("<b>"), "tag");
  });
  it("finds tag names and javascript: snippets", () => {
    assert.equal(tagName('<IMG src="x">'), "img");
    assert.equal(javascriptSnippet("Hier [bestellen](javascript:alert(1)) bitte"), "[bestellen](javascript:alert(1))");
    assert.equal(javascriptSnippet("Siehe javascript:void(0) hier"), "javascript:void(0)");
    assert.equal(javascriptSnippet("[x](javascript&#58;alert(1))"), "[x](javascript&#58;alert(1))");
  });
});
