import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LinkState } from "linkinator";
import { ALLOW_LIST, issueBody, pagePath, reasonFor, summarise } from "../../../lib/check/external-links.ts";

describe("external links: report", () => {
  it("names pages by their site path", () => {
    assert.equal(pagePath("./"), "/");
    assert.equal(pagePath("themen/kez/"), "/themen/kez/");
    assert.equal(pagePath("https://www.sez.de/kontakt/"), "/kontakt/");
  });
  it("gives reasons in German", () => {
    assert.equal(reasonFor(410, []), "410 Entfernt");
    assert.equal(reasonFor(418, []), "418 Fehler");
    assert.equal(reasonFor(0, [Object.assign(new Error("getaddrinfo ENOTFOUND a.example"), { code: "ENOTFOUND" })]), "keine Antwort (Adresse unbekannt)");
    assert.equal(
      reasonFor(0, [new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }) })]),
      "keine Antwort (Verbindung abgelehnt)",
    );
    assert.equal(reasonFor(0, [new TypeError("fetch failed", { cause: new Error("bad port") })]), "keine Antwort (bad port)");
  });
  it("keeps only other sites, groups pages, and leaves out the allow-list and the site's own address", () => {
    const report = summarise(
      [
        { url: "./", state: LinkState.OK, status: 200 },
        { url: "kontakt/", state: LinkState.BROKEN, status: 404, parent: "./" },
        { url: "https://www.sez.de/alt/", state: LinkState.BROKEN, status: 404, parent: "./" },
        { url: "https://a.example/x", state: LinkState.BROKEN, status: 404, parent: "kontakt/" },
        { url: "https://a.example/x", state: LinkState.BROKEN, status: 404, parent: "./" },
        { url: "https://b.example/", state: LinkState.OK, status: 200, parent: "./" },
        { url: "https://www.linkedin.com/company/sez", state: LinkState.SKIPPED, parent: "./" },
      ],
      ["https://www.sez.de"],
      ALLOW_LIST,
    );
    assert.deepEqual(report, { checked: 3, allowed: 1, broken: [{ url: "https://a.example/x", status: 404, reason: "404 Nicht gefunden", pages: ["/", "/kontakt/"] }] });
  });
  it("says so when every link works", () => assert.match(issueBody({ checked: 7, allowed: 0, broken: [] }, "2026-12-07"), /Alle 7 externen Links funktionieren/));
});
