import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadSiteData } from "../../../lib/load/data.ts";
import { closest, closestId, headingIds, linkProblems, linkTargets, resolveInternal } from "../../../lib/validate/links.ts";
import type { PageSource } from "../../../lib/validate/pages.ts";

const { data } = loadSiteData(process.cwd(), { drafts: false });
if (!data) throw new Error("the real data must load");

const page = (file: string, url: string, body: string, extra: Partial<PageSource> = {}): PageSource => ({ file, url, body, bodyLine: 5, draft: false, published: true, ...extra });
const KONTAKT = page("src/kontakt.md", "/kontakt/", "## Anreise mit Bus und Bahn\n\nText\n\n## Anreise mit Bus und Bahn\n");
/** Problems in the given pages (the navigation in _data/site.yaml points to pages not given here). */
const SPENDEN = page("src/spenden.md", "/spenden/", "Text");
const check = (...sources: PageSource[]) => linkProblems(process.cwd(), [KONTAKT, SPENDEN, ...sources], data).filter((p) => p.file !== "_data/site.yaml");

describe("headingIds", () => {
  it("gives the ids the site renders, duplicates numbered", () => {
    assert.deepEqual(headingIds(KONTAKT.body), ["anreise-mit-bus-und-bahn", "anreise-mit-bus-und-bahn-1"]);
    assert.deepEqual(headingIds('## Übersicht für Städte\n\n### "Eine Welt"'), ["uebersicht-fuer-staedte", "eine-welt"]);
  });
});

describe("resolveInternal", () => {
  it("resolves paths, relative links and the site's own origin", () => {
    assert.deepEqual(resolveInternal("/kontakt/#anreise", "/", "https://www.sez.de"), { path: "/kontakt/", hash: "anreise" });
    assert.deepEqual(resolveInternal("../../kontakt/", "/themen/a/", "https://www.sez.de"), { path: "/kontakt/", hash: "" });
    assert.deepEqual(resolveInternal("../b/", "/themen/a/", "https://www.sez.de"), { path: "/themen/b/", hash: "" });
    assert.deepEqual(resolveInternal("https://sez.de/spenden/index.html", "/", "https://www.sez.de"), { path: "/spenden/", hash: "" });
    assert.deepEqual(resolveInternal("#%C3%BCbersicht", "/kontakt/", "https://www.sez.de"), { path: "/kontakt/", hash: "übersicht" });
  });
  it("leaves other sites, mail and phone alone", () => {
    for (const href of ["https://example.org/", "mailto:info@sez.de", "tel:+49711"]) assert.equal(resolveInternal(href, "/", "https://www.sez.de"), undefined);
  });
});

describe("linkProblems", () => {
  it("accepts links to pages, anchors, generated pages, files and other sites", () => {
    const ok = page(
      "src/a.md",
      "/a/",
      "[K](/kontakt/) [A](/kontakt/#anreise-mit-bus-und-bahn-1) [S](/suche/?q=fair) [T](#top) [P](/downloads/x.pdf) [E](https://example.org/) [M](mailto:info@sez.de)\n\n## Hier\n\n[H](#hier)",
    );
    assert.deepEqual(check(ok), []);
  });
  it("names line, link text and the closest page for a missing page", () => {
    const [problem, ...rest] = check(page("src/a.md", "/a/", "Text\n\nEine [Spende](/spende/) bitte."));
    assert.deepEqual(rest, []);
    assert.equal(problem!.line, 7);
    assert.match(problem!.received, /„Spende“ auf \/spende\//);
    assert.match(problem!.fix, /Meinten Sie \/spenden\/\?/);
  });
  it("asks for the trailing slash", () => {
    assert.match(check(page("src/a.md", "/a/", "[K](/kontakt)"))[0]!.fix, /Schrägstrich am Ende: \/kontakt\//);
  });
  it("reports a missing anchor with the ones that exist", () => {
    const [problem] = check(page("src/a.md", "/a/", "[A](/kontakt/#anreise-mit-bus)"));
    assert.match(problem!.received, /hat keinen Sprungpunkt #anreise-mit-bus; dort gibt es #anreise-mit-bus-und-bahn/);
    assert.match(problem!.fix, /Meinten Sie #anreise-mit-bus-und-bahn\?/);
  });
  it("treats a link to a draft as broken unless drafts are published (preview) or the link is in a draft", () => {
    const draft = page("src/entwurf.md", "/entwurf/", "Text", { draft: true, published: false });
    assert.match(check(draft, page("src/a.md", "/a/", "[E](/entwurf/)"))[0]!.received, /einen Entwurf \(src\/entwurf\.md\)/);
    assert.deepEqual(check(draft, page("src/b.md", "/b/", "[E](/entwurf/)", { draft: true, published: false })), []);
    assert.deepEqual(check({ ...draft, published: true }, page("src/a.md", "/a/", "[E](/entwurf/)")), []);
  });
  it("reports a bild: id used as a link target, and leaves photos to the image check", () => {
    const problems = check(page("src/a.md", "/a/", "![](bild:marktplatz-ravensburk)\n\n[Foto](bild:marktplatz-ravensburg)"));
    assert.deepEqual(
      problems.map((p) => [p.line, p.received]),
      [[7, "den Link „Foto“ auf bild:marktplatz-ravensburg"]],
    );
  });
  it("checks the navigation links of _data/site.yaml with their lines", () => {
    const withoutKontakt = linkProblems(process.cwd(), [], data).filter((p) => p.file === "_data/site.yaml");
    const kontakt = data.site.nav.findIndex((item) => item.url === "/kontakt/");
    assert.ok(withoutKontakt.some((p) => p.field === `nav[${kontakt}].url` && p.line !== undefined && /„Kontakt“ auf \/kontakt\//.test(p.received)));
  });
});

describe("helpers", () => {
  it("finds close candidates only", () => {
    assert.equal(closest("/kontak/", ["/kontakt/", "/spenden/"]), "/kontakt/");
    assert.equal(closest("/presse/", ["/kontakt/", "/spenden/"]), undefined);
    assert.equal(closestId("anreise", ["anschrift", "anreise-mit-bus-und-bahn"]), "anreise-mit-bus-und-bahn");
  });
  it("lists generated pages as targets without known ids", () => {
    assert.equal(linkTargets([]).get("/suche/")?.ids, undefined);
  });
});
