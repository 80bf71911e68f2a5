import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { disguisedForeign, linkFormProblems, mailtoIssue } from "../../../lib/validate/link-forms.ts";
import { createMarkdown } from "../../../lib/render/markdown.ts";

const source = (body: string) => ({ file: "src/a.md", url: "/a/", body, bodyLine: 5, draft: false, published: true });

describe("mailtoIssue", () => {
  it("passes complete addresses, also with escaped umlauts", () => {
    assert.equal(mailtoIssue("mailto:info@sez.de"), undefined);
    assert.equal(mailtoIssue("mailto:info@sez.de?subject=Hallo"), undefined);
  });
  it("names incomplete addresses and escapes that are no UTF-8", () => {
    assert.match(mailtoIssue("mailto:info")!, /keine vollständige E-Mail-Adresse/);
    assert.match(mailtoIssue("mailto:m%FCller@sez.de")!, /Prozent-Code \(%FC\)/);
    assert.match(mailtoIssue("mailto:%")!, /Prozent-Code/);
  });
});

describe("linkFormProblems", () => {
  it("gives file and line of each broken e-mail link", () => {
    const problems = linkFormProblems(source("Text\n\n[uns](mailto:info) und [sie](mailto:a%E4@b.de)\n"));
    assert.deepEqual(
      problems.map((p) => p.line),
      [7, 7],
    );
  });
  it("the renderer never stops on such an address", () => {
    const md = createMarkdown({ figure: () => "", email: (address) => `<a>${address}</a>` });
    assert.doesNotThrow(() => md.render("[uns](mailto:m%FCller@sez.de) und m%FCller@sez.de"));
  });
});

describe("disguisedForeign", () => {
  it("finds links that look like paths but lead to another host", () => {
    for (const bad of ["//evil.example/login", "/\\evil.example/", "\\\\evil.example"]) assert.equal(disguisedForeign(bad), true, bad);
    for (const ok of ["/kontakt/", "https://example.org/", "#anker", "../kontakt/"]) assert.equal(disguisedForeign(ok), false, ok);
  });
  it("names them with their line", () => {
    const [problem] = linkFormProblems(source("[Login](//evil.example/login)\n"));
    assert.equal(problem!.line, 5);
    assert.match(problem!.received, /aber auf eine fremde Website führt/);
  });
});
