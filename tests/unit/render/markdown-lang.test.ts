/** The Markdown renderer's language attributes: `{lang=xx}` passes, nothing else does, no text is lost. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMarkdown, isLangBlock } from "../../../lib/render/markdown.ts";

const md = createMarkdown({
  figure: (id) => `<figure data-id="${id}"></figure>`,
  email: (address) => `<span class="email">${address}</span>`,
});

const render = (source: string): string => md.render(source).trim();

describe("language attributes", () => {
  it("marks an emphasised foreign term", () => {
    assert.equal(render("Das heißt *Fair Trade*{lang=en}."), '<p>Das heißt <em lang="en">Fair Trade</em>.</p>');
  });

  it("marks a whole paragraph, a heading and a link", () => {
    assert.equal(render("Welcome to Stuttgart. {lang=en}"), '<p lang="en">Welcome to Stuttgart.</p>');
    assert.equal(render("## Bienvenue {lang=fr}"), '<h2 lang="fr" id="bienvenue">Bienvenue</h2>');
    assert.equal(render("[Fairtrade Towns](https://www.fairtrade-towns.de){lang=en}"), '<p><a href="https://www.fairtrade-towns.de" lang="en">Fairtrade Towns</a></p>');
  });

  it("accepts a quoted value and a region subtag", () => {
    assert.equal(render('*colour*{lang="en-GB"}'), '<p><em lang="en-GB">colour</em></p>');
  });

  it("passes no event handler, class, id or style", () => {
    for (const source of [
      "*x*{onclick=alert(1)}",
      "*x*{lang=en onclick=alert(1)}",
      "*x*{.rot #anker style=color:red}",
      "Absatz {onmouseover=alert(1)}",
      '*x*{lang="en" onfocus="alert(1)" autofocus tabindex=0}',
    ]) {
      const html = render(source);
      assert.doesNotMatch(html, /<[^>]*\s(on\w+|class|id|style|autofocus|tabindex)=/i, `${source} -> ${html}`);
    }
  });

  it("filters attributes on code blocks too, which the brace guard does not see", () => {
    const html = render("```text {onclick=alert(1) .rot lang=en}\nCode\n```");
    assert.doesNotMatch(html, /<[^>]*\sonclick=|\brot\b/i, html);
    assert.match(html, /<code lang="en" class="language-text">/);
  });

  it("never lets a value break out of the attribute", () => {
    for (const source of ['*x*{lang="en\\" onclick=\\"alert(1)"}', "*x*{lang=en><script>alert(1)</script>}", '*x*{lang="x onclick=alert(1)"}']) {
      const html = render(source);
      assert.doesNotMatch(html, /<script|<[^>]*\sonclick=/i, `${source} -> ${html}`);
    }
  });

  it("keeps braces that are not a language block as text", () => {
    assert.equal(render("Preis {ca.}"), "<p>Preis {ca.}</p>");
    assert.equal(render("Mengen {1,2}"), "<p>Mengen {1,2}</p>");
    assert.equal(render("## Titel {wichtig}"), '<h2 id="titel-wichtig">Titel {wichtig}</h2>');
    assert.equal(render("*Fair Trade*{lang=englisch}"), "<p><em>Fair Trade</em>{lang=englisch}</p>");
    assert.equal(render("*x*{lang=en onclick=alert(1)}"), "<p><em>x</em>{lang=en onclick=alert(1)}</p>");
  });
});

describe("isLangBlock", () => {
  it("accepts exactly one language tag", () => {
    assert.equal(isLangBlock("lang=en"), true);
    assert.equal(isLangBlock(' lang="en-GB" '), true);
    assert.equal(isLangBlock("lang=en .x"), false);
    assert.equal(isLangBlock("lang=english"), false);
    assert.equal(isLangBlock("ca."), false);
  });
});

describe("texts without braces", () => {
  it("render as with the attribute rule (which they skip for speed)", () => {
    const source = '## Partnerschaft mit Burkina Faso\n\nEin *Text* mit [Link](/kontakt/), "Zitat" und Liste:\n\n- eins\n- zwei\n\n![](bild:marktplatz-ravensburg)\n\nmail@example.org';
    // Appending a brace pair at the end of a paragraph of its own forces the attribute path.
    const withAttributes = md.render(`${source}\n\n{x}`).replace(/\n<p>\{x\}<\/p>\n$/, "\n");
    assert.equal(md.render(source), withAttributes);
  });
});
