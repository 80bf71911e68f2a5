/**
 * Every way a build can stop, told as one German problem: file, line where known, what
 * happened, what to do. Expected mistakes arrive as a `ProblemsError`; everything else
 * (Eleventy's own errors, a full disk, a read-only folder, a bug) is translated here. The raw
 * error with its stack is printed only with `npm run build -- --debug`.
 */
import path from "node:path";
import { formatProblems, ProblemsError, type Problem } from "../shared/problems.ts";

/** The flag that shows technical details of a failure. */
export const DEBUG_FLAG = "--debug";

/** What to do when the build itself is at fault. */
const REPORT = `Melden Sie das bitte den Entwicklern und schicken Sie diese Meldung mit; npm run build -- ${DEBUG_FLAG} zeigt die technischen Einzelheiten.`;

/** An error and the errors it wraps, outermost first (Eleventy wraps errors, sometimes twice). */
export function* causes(error: unknown): Generator<unknown> {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    yield current;
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
}

/** A file path as editors see it: relative to the project, forward slashes, no `./`. */
function projectFile(root: string, file: string): string {
  const relative = path.isAbsolute(file) ? path.relative(root, file) : file;
  return relative.split(path.sep).join("/").replace(/^\.\//, "") || ".";
}

/**
 * The problems of a failure: a {@link ProblemsError} anywhere in the cause chain as it is,
 * known system and Eleventy errors translated, anything else as one problem that says the
 * build (not the editor) is at fault.
 *
 * @example
 * failureProblems(Object.assign(new Error("no space"), { code: "ENOSPC", path: "/p/.site-next/a" }), "/p")
 * // => [{ file: ".site-next/a", expected: "freier Speicherplatz ...", ... }]
 */
export function failureProblems(error: unknown, root: string): Problem[] {
  const chain = [...causes(error)];
  const problems = chain.find((cause): cause is ProblemsError => cause instanceof ProblemsError);
  if (problems) return [...problems.problems];
  for (const cause of chain) {
    const known = knownFailure(cause, root);
    if (known) return [known];
  }
  // The innermost error says what went wrong; the outer ones (Eleventy's wrappers) often where.
  const messages = chain.map((cause) => (cause instanceof Error ? cause.message : String(cause)));
  const message = messages.at(-1) ?? "";
  const file = messages.map((text) => /(?:^|\s|["'`(])(\.?\.?\/?(?:src|_data|_includes|assets|lib)\/[^\s"'`):]+)/.exec(text)?.[1]).find(Boolean);
  return [
    {
      file: file ? projectFile(root, file) : "scripts/build.ts",
      expected: "einen Build ohne Programmfehler",
      received: `einen unerwarteten Fehler: ${firstLine(message)}`,
      fix: REPORT,
    },
  ];
}

function firstLine(message: string): string {
  const line = message.split("\n").find((l) => l.trim() !== "") ?? message;
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** Translates the failures we know by code or name; undefined for any other. */
function knownFailure(cause: unknown, root: string): Problem | undefined {
  if (!(cause instanceof Error)) return undefined;
  const { code, path: where } = cause as { code?: string; path?: string };
  const file = where ? projectFile(root, where) : "_site";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return {
      file,
      expected: "einen Ordner, in den der Build schreiben darf",
      received: `keine Schreibrechte (${code})`,
      fix: `Geben Sie Schreibrechte für ${file} und den Projektordner (z. B. chmod -R u+w ${file.split("/")[0]}) oder schließen Sie das Programm, das die Datei geöffnet hält, und starten Sie den Build erneut.`,
    };
  }
  if (code === "ENOSPC" || code === "EDQUOT") {
    return {
      file,
      expected: "freier Speicherplatz für die Ausgabe (etwa das Doppelte von _site/)",
      received: "einen vollen Datenträger",
      fix: "Schaffen Sie Platz auf dem Datenträger (z. B. alte Kopien, Downloads, den Papierkorb leeren) und starten Sie den Build erneut.",
    };
  }
  if (code === "EMFILE" || code === "ENFILE") {
    return { file, expected: "genug freie Dateien für das Betriebssystem", received: "zu viele geöffnete Dateien", fix: "Schließen Sie andere Programme und starten Sie den Build erneut." };
  }
  if (cause.name === "DuplicatePermalinkOutputError") {
    const inputs = [...cause.message.matchAll(/(?:^\s+\d+\.\s+|template at ")(\.?\/?src\/[^\s"]+)/gm)].map((m) => projectFile(root, m[1]!));
    const target = /writing to `([^`]+)`|existing template at "([^"]+)"/.exec(cause.message);
    return {
      file: inputs[0] ?? "src",
      field: "permalink",
      expected: "eine Adresse, die keine andere Seite hat",
      received: `dieselbe Ausgabedatei ${projectFile(root, target?.[1] ?? target?.[2] ?? "?")} wie ${inputs.slice(1).join(", ") || "eine andere Seite"}`,
      fix: "Ändern Sie permalink: in einer der Seiten (oder löschen Sie die Zeile, dann gilt die Adresse aus dem Dateinamen).",
    };
  }
  const missingExtension =
    /The template at '([^']+)' attempted to write to '([^']+)'(?: \(via `permalink` value: '([^']*)'\))?, which is a target on the file system that does not include a file extension/.exec(
      cause.message,
    );
  if (missingExtension) {
    return {
      file: projectFile(root, missingExtension[1]!),
      field: "permalink",
      expected: "eine Adresse, die auf / oder .html endet",
      received: JSON.stringify(missingExtension[3] ?? missingExtension[2]),
      fix: "Hängen Sie an die Adresse / an (dann entsteht ein Ordner mit index.html) oder .html.",
    };
  }
  if (cause.name === "TemplateContentFrontMatterError") {
    const from = /template (\S+)/.exec(cause.message)?.[1];
    return {
      file: from ? projectFile(root, from) : "src",
      line: 1,
      expected: "einen lesbaren Vorspann in YAML zwischen zwei Zeilen ---",
      received: "einen Vorspann, den Eleventy nicht lesen kann",
      fix: "Beginnen Sie die Datei mit einer Zeile, in der nur --- steht, schreiben Sie den Vorspann als feld: wert und schließen Sie ihn mit ---.",
    };
  }
  return undefined;
}

/**
 * The message a failed build prints: the problems in German; with `debug`, the raw error
 * and its stack below them.
 *
 * @example
 * console.error(failureMessage(error, process.cwd(), process.argv.includes(DEBUG_FLAG)));
 */
export function failureMessage(error: unknown, root: string, debug: boolean, outcome?: string): string {
  const text = formatProblems(failureProblems(error, root), outcome);
  if (!debug) return text;
  const details = [...causes(error)].map((cause) => (cause instanceof Error ? (cause.stack ?? cause.message) : String(cause))).join("\nUrsache: ");
  return `${text}\n\nTechnische Einzelheiten (${DEBUG_FLAG}):\n${details}`;
}
