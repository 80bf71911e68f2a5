import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEBUG_FLAG, failureMessage, failureProblems } from "../../../lib/build/failure.ts";
import { ProblemsError } from "../../../lib/shared/problems.ts";

const root = "/p";
const system = (code: string, file: string): Error => Object.assign(new Error(`${code}: operation failed, open '${file}'`), { code, path: file });
/** Eleventy's error classes, by name (the build sees them only as what they are called). */
const eleventyError = (name: string, message: string, cause?: unknown): Error => Object.assign(new Error(message), { name, originalError: cause });

describe("failureProblems", () => {
  it("passes the problems of a ProblemsError through, however deep Eleventy wrapped it", () => {
    const inner = new ProblemsError([{ file: "src/a.md", line: 2, expected: "x", received: "y", fix: "z" }]);
    assert.deepEqual(failureProblems(eleventyError("EleventyTemplateError", "Problem", eleventyError("TemplateContentRenderError", "x", inner)), root), inner.problems);
  });
  it("tells a read-only output folder (EPERM, EACCES, EROFS) with the folder and what to do", () => {
    for (const code of ["EPERM", "EACCES", "EROFS"]) {
      const [problem] = failureProblems(system(code, "/p/.site-next/kontakt/index.html"), root);
      assert.equal(problem!.file, ".site-next/kontakt/index.html");
      assert.match(problem!.received, new RegExp(`keine Schreibrechte \\(${code}\\)`));
      assert.match(problem!.fix, /Schreibrechte/);
    }
  });
  it("tells a full disk (ENOSPC)", () => {
    const [problem] = failureProblems(system("ENOSPC", "/p/.site-next/img/a.avif"), root);
    assert.match(problem!.received, /einen vollen Datenträger/);
    assert.match(problem!.fix, /Schaffen Sie Platz/);
  });
  it("names both pages of Eleventy's DuplicatePermalinkOutputError", () => {
    const error = eleventyError(
      "DuplicatePermalinkOutputError",
      "Output conflict: multiple input files are writing to `./.site-next/kontakt/index.html`. Use distinct `permalink` values to resolve this conflict.\n  1. ./src/anfahrt.md\n  2. ./src/kontakt.md\n",
    );
    const [problem] = failureProblems(eleventyError("EleventyMapPagesError", "Error with Pages", error), root);
    assert.equal(problem!.file, "src/anfahrt.md");
    assert.equal(problem!.field, "permalink");
    assert.match(problem!.received, /dieselbe Ausgabedatei \.site-next\/kontakt\/index\.html wie src\/kontakt\.md/);
  });
  it("translates Eleventy's missing-extension error into the permalink rule", () => {
    const error = new Error(
      "The template at './src/presse.md' attempted to write to './.site-next/presse' (via `permalink` value: 'presse'), which is a target on the file system that does not include a file extension.\n\nYou *probably* want ...",
    );
    const [problem] = failureProblems(error, root);
    assert.equal(problem!.file, "src/presse.md");
    assert.equal(problem!.received, '"presse"');
    assert.match(problem!.fix, /Hängen Sie an die Adresse \/ an/);
  });
  it("answers any other error as the build's fault, with a file and what to do", () => {
    const [problem] = failureProblems(new TypeError("Cannot read properties of undefined (reading 'x')\nmore"), root);
    assert.equal(problem!.file, "scripts/build.ts");
    assert.match(problem!.received, /^einen unerwarteten Fehler: Cannot read properties of undefined/);
    assert.match(problem!.fix, /Entwicklern/);
    assert.doesNotMatch(problem!.received, /\n/);
  });
  it("names the source file an unknown error mentions", () => {
    const [problem] = failureProblems(new Error("Could not render ./src/themen/a.md: boom"), root);
    assert.equal(problem!.file, "src/themen/a.md");
  });
});

describe("failureMessage", () => {
  const error = new RangeError("Maximum call stack size exceeded");
  it("prints no stack trace without --debug", () => {
    const message = failureMessage(error, root, false);
    assert.match(message, /^Der Build wurde angehalten: 1 Problem gefunden\./);
    assert.doesNotMatch(message, /\n\s+at /);
  });
  it("adds the raw error and its stack with --debug", () => {
    const message = failureMessage(error, root, true);
    assert.ok(message.includes(`Technische Einzelheiten (${DEBUG_FLAG})`));
    assert.match(message, /\n\s+at /);
  });
});
