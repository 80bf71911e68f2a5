import assert from "node:assert/strict";
import { test } from "node:test";
import { formatAnnotations } from "../../../lib/shared/problems.ts";
import { runModeFrom } from "../../../lib/load/run-mode.ts";
import { splitPolicies, headerConflicts } from "../../../lib/hosting/headers.ts";

test("a problem becomes a GitHub annotation on its file and line, in the build's German words", () => {
  const line = formatAnnotations([{ file: "src/termine/fest.md", line: 5, field: "end", expected: "ein Ende nach dem Beginn", received: '"2026-01-01"', fix: "Prüfen Sie end: und start:." }]);
  assert.equal(line, '::error file=src/termine/fest.md,line=5,title=Feld end::erwartet: ein Ende nach dem Beginn%0Aerhalten: "2026-01-01"%0ASo beheben Sie es: Prüfen Sie end: und start:.');
});

test("annotations are switched on by GitHub Actions through the run mode", () => {
  assert.equal(runModeFrom({ GITHUB_ACTIONS: "true" }).annotations, true);
  assert.equal(runModeFrom({}).annotations, false);
  assert.equal(runModeFrom({ GITHUB_REPOSITORY: "sez/website" }).cms.repo, "sez/website");
});

test("/admin/ gets its own CSP and no path gets two", () => {
  const rules = splitPolicies("SITE", { folder: "admin", csp: "ADMIN", topLevel: ["index.html", "themen/", "admin/", "_headers"] });
  assert.deepEqual(headerConflicts(rules, ["/", "/index.html", "/themen/", "/admin/", "/admin/admin-X.js"]), []);
  const csp = (path: string) =>
    rules
      .filter((r) => new RegExp(`^${r.pattern.replace(/\*/g, ".*")}$`).test(path))
      .flatMap((r) => r.headers)
      .find(([n]) => n === "Content-Security-Policy")?.[1];
  assert.equal(csp("/admin/"), "ADMIN");
  assert.equal(csp("/themen/fairer-handel/"), "SITE");
  assert.equal(csp("/"), "SITE");
});
