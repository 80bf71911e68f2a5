import assert from "node:assert/strict";
import { test } from "node:test";
import { checkRef, fileForPath, urlForFile, type OutputIndex } from "../../../lib/check/links.ts";

const index: OutputIndex = {
  files: new Set(["index.html", "kontakt/index.html", "404.html", "assets/site.js", "img/a b.jpeg"]),
  ids: new Map([
    ["index.html", new Set(["top"])],
    ["kontakt/index.html", new Set(["top", "anfahrt", "öffnungszeiten"])],
  ]),
};
const origin = "https://www.sez.de";
const link = (url: string) => ({ kind: "link" as const, source: "a[href]", url });
const resource = (url: string) => ({ kind: "resource" as const, source: "img[src]", url });

test("files are found like the CDN serves them", () => {
  assert.equal(fileForPath("/", index.files), "index.html");
  assert.equal(fileForPath("/kontakt/", index.files), "kontakt/index.html");
  assert.equal(fileForPath("/kontakt", index.files), "kontakt/index.html");
  assert.equal(fileForPath("/404", index.files), "404.html");
  assert.equal(fileForPath("/spenden/", index.files), undefined);
  assert.equal(urlForFile("kontakt/index.html"), "/kontakt/");
  assert.equal(urlForFile("index.html"), "/");
  assert.equal(urlForFile("404.html"), "/404.html");
});

test("internal links and fragments resolve", () => {
  assert.equal(checkRef(link("/kontakt/#anfahrt"), "/", origin, index), undefined);
  assert.equal(checkRef(link("#top"), "/kontakt/", origin, index), undefined);
  assert.equal(checkRef(link("../kontakt/"), "/kontakt/", origin, index), undefined);
  assert.equal(checkRef(link("/kontakt/#%C3%B6ffnungszeiten"), "/", origin, index), undefined);
  assert.equal(checkRef(resource("/img/a%20b.jpeg"), "/", origin, index), undefined);
  assert.equal(checkRef(link("https://www.sez.de/kontakt/"), "/", origin, index), undefined);
});

test("a missing page or fragment is reported", () => {
  assert.deepEqual(checkRef(link("/themen/gibt-es-nicht/"), "/", origin, index), { kind: "missing", url: "/themen/gibt-es-nicht/", path: "/themen/gibt-es-nicht/" });
  assert.deepEqual(checkRef(link("/kontakt/#anreise"), "/", origin, index), { kind: "fragment", url: "/kontakt/#anreise", file: "kontakt/index.html", fragment: "anreise" });
  assert.deepEqual(checkRef(link("https://www.sez.de/alt/"), "/", origin, index), { kind: "missing", url: "https://www.sez.de/alt/", path: "/alt/" });
});

test("other hosts: links are fine, resources are not", () => {
  assert.equal(checkRef(link("https://www.bmz.de/"), "/", origin, index), undefined);
  assert.equal(checkRef(link("mailto:info@sez.de"), "/", origin, index), undefined);
  assert.equal(checkRef(link("tel:+49711210290"), "/", origin, index), undefined);
  assert.deepEqual(checkRef(resource("https://cdn.example.org/a.js"), "/", origin, index), { kind: "external-resource", url: "https://cdn.example.org/a.js", host: "cdn.example.org" });
  assert.deepEqual(checkRef(resource("//fonts.example.com/a.css"), "/", origin, index), { kind: "external-resource", url: "//fonts.example.com/a.css", host: "fonts.example.com" });
  assert.deepEqual(checkRef(link("javascript:void(0)"), "/", origin, index), { kind: "javascript-url", url: "javascript:void(0)" });
});
