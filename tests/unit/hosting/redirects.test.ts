import assert from "node:assert/strict";
import { test } from "node:test";
import { formatLine, formatRedirects, redirectLines, redirectTarget, splitSource } from "../../../lib/hosting/redirects.ts";

test("splitSource separates path and query conditions", () => {
  assert.deepEqual(splitSource("/index.php?id=42&L=0"), { path: "/index.php", query: ["id=42", "L=0"] });
  assert.deepEqual(splitSource("/alt/"), { path: "/alt/", query: [] });
});

test("the old KEZ address and its ?L= variants lead to the new address", () => {
  const lines = redirectLines({ from: "/themen/kommunale-entwicklungs-zusammenarbeit/", to: "/themen/kommunale-entwicklungszusammenarbeit/" }).map(formatLine);
  assert.deepEqual(lines, [
    "/themen/kommunale-entwicklungs-zusammenarbeit/ L=:lang /themen/kommunale-entwicklungszusammenarbeit/ 301",
    "/themen/kommunale-entwicklungs-zusammenarbeit L=:lang /themen/kommunale-entwicklungszusammenarbeit/ 301",
    "/themen/kommunale-entwicklungs-zusammenarbeit/ /themen/kommunale-entwicklungszusammenarbeit/ 301",
    "/themen/kommunale-entwicklungs-zusammenarbeit /themen/kommunale-entwicklungszusammenarbeit/ 301",
  ]);
});

test("a splat rule covers the folder itself and everything below", () => {
  const lines = redirectLines({ from: "/alt/*", to: "/neu/:splat" }).map(formatLine);
  assert.ok(lines.includes("/alt/* /neu/:splat 301"));
  assert.ok(lines.includes("/alt /neu/ 301"));
  assert.equal(redirectTarget({ from: "/alt/*", to: "/neu/:splat" }), "/neu/");
});

test("TYPO3 addresses by id come before the catch-all for /index.php", () => {
  const file = formatRedirects([
    { from: "/index.php", to: "/" },
    { from: "/index.php?id=7", to: "/kontakt/" },
  ]);
  const rules = file.split("\n").filter((line) => line.startsWith("/"));
  // Two conditions first; then one each (a request without L cannot match "L=:lang"); the catch-all last.
  assert.deepEqual(rules, ["/index.php id=7 L=:lang /kontakt/ 301", "/index.php L=:lang / 301", "/index.php id=7 /kontakt/ 301", "/index.php / 301"]);
  assert.ok(file.endsWith("\n"));
});

test("a source that already names L gets no second L condition", () => {
  assert.deepEqual(redirectLines({ from: "/index.php?id=7&L=1", to: "/en/" }).map(formatLine), ["/index.php id=7 L=1 /en/ 301"]);
});
