/**
 * `npm run neu -- <art> "Titel"`: creates a new page of a content type as a draft with
 * placeholder texts (`thema` also adds the entry in `_data/topics.yaml`), then checks the
 * sources. Which words exist and what they create comes from the content types
 * (`lib/content/`, their `scaffold`). Refuses a slug or address that exists already.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CONTENT_TYPES } from "../lib/content/index.ts";
import { slugFromTitle } from "../lib/content/scaffold.ts";
import { runMode } from "../lib/load/run-mode.ts";
import { formatProblems } from "../lib/shared/problems.ts";
import { validateSources } from "../lib/validate/index.ts";

const scaffolds = CONTENT_TYPES.flatMap((type) => (type.scaffold ? [type.scaffold] : []));
const USAGE = `So legen Sie eine neue Seite an:\n${scaffolds.flatMap((s) => s.usage.map((line) => `  ${line}`)).join("\n")}`;

function stop(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const root = process.cwd();
const optionNames = [...new Set(scaffolds.flatMap((s) => s.options ?? []))];
const { positionals, values } = parseArgs({ allowPositionals: true, options: Object.fromEntries(optionNames.map((name) => [name, { type: "string" as const }])) });
const [command, ...words] = positionals;
const title = words.join(" ").trim();
const scaffold = scaffolds.find((s) => s.command === command);
if (!scaffold || title === "") stop(USAGE);
for (const name of optionNames) {
  if (values[name] !== undefined && !scaffold.options?.includes(name)) stop(`--${name} gibt es nicht für "${command}".\n\n${USAGE}`);
}

const slug = slugFromTitle(title);
if (slug === "") stop(`Aus dem Titel "${title}" lässt sich kein Dateiname bilden. Verwenden Sie Buchstaben oder Ziffern.\n\n${USAGE}`);

const read = (file: string): string | undefined => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), "utf8") : undefined);
const result = scaffold.create({ title, slug, options: values as Record<string, string | undefined>, read, today: runMode().today });
if ("refused" in result) stop(result.refused);
for (const { file, text } of result.writes) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
console.log(`\n${result.created}`);

console.log(`
Die Seite ist ein Entwurf (draft: true): In der Vorschau (npm start, dann http://localhost:8080/)
sehen Sie sie, auf der Website erscheint sie erst, wenn Sie die Zeile draft: true löschen.
Ersetzen Sie alle Texte, die mit "Bitte ersetzen" beginnen.`);

const report = await validateSources(root, { drafts: true });
if (report.problems.length > 0) stop(formatProblems(report.problems, "Die neue Seite ist angelegt, aber die Quellen haben noch Probleme:"));
const url = report.sources.find((source) => source.file === result.file)?.url ?? "/";
console.log(`Geprüft: keine Probleme. In der Vorschau: http://localhost:8080${url}`);
