/**
 * `npm run neu -- thema "Titel" [--unter <slug>]` or `npm run neu -- seite "Titel"`: creates
 * a new topic (page `src/themen/<slug>.md` plus entry in `_data/topics.yaml`) or a general
 * page `src/<slug>.md`, as a draft with placeholder texts, and checks the sources after.
 * Refuses a slug or address that exists already.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { formatProblems } from "../lib/shared/problems.ts";
import { appendBlock, nextOrder, pageMarkdown, slugFromTitle, topicEntryYaml } from "../lib/content/scaffold.ts";
import { validateSources } from "../lib/validate/index.ts";
import { GENERATED_URLS } from "../lib/validate/pages.ts";

const USAGE = `So legen Sie eine neue Seite an:
  npm run neu -- thema "Titel des Themas"
  npm run neu -- thema "Titel des Handlungsfelds" --unter kommunale-entwicklungszusammenarbeit
  npm run neu -- seite "Titel der Seite"`;

const TOPICS_FILE = "_data/topics.yaml";

function stop(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const root = process.cwd();
const { positionals, values } = parseArgs({ allowPositionals: true, options: { unter: { type: "string" } } });
const [kind, ...words] = positionals;
const title = words.join(" ").trim();
if ((kind !== "thema" && kind !== "seite") || title === "") stop(USAGE);

const slug = slugFromTitle(title);
if (slug === "") stop(`Aus dem Titel "${title}" lässt sich kein Dateiname bilden. Verwenden Sie Buchstaben oder Ziffern.\n\n${USAGE}`);

let file: string;
if (kind === "thema") {
  const topicsText = readFileSync(path.join(root, TOPICS_FILE), "utf8");
  const topics = (parse(topicsText) ?? []) as { slug: string; order: number; parent?: string }[];
  file = `src/themen/${slug}.md`;
  if (topics.some((t) => t.slug === slug)) stop(`Das Thema "${slug}" gibt es schon in ${TOPICS_FILE}. Wählen Sie einen anderen Titel oder bearbeiten Sie ${file}.`);
  if (existsSync(path.join(root, file))) stop(`Die Datei ${file} gibt es schon. Wählen Sie einen anderen Titel.`);
  const parent = values.unter;
  if (parent !== undefined && !topics.some((t) => t.slug === parent)) {
    stop(`Das übergeordnete Thema "${parent}" gibt es nicht in ${TOPICS_FILE}. Vorhanden: ${topics.map((t) => t.slug).join(", ")}`);
  }
  writeFileSync(path.join(root, TOPICS_FILE), appendBlock(topicsText, topicEntryYaml({ slug, title, parent, order: nextOrder(topics, parent) })));
  writeFileSync(path.join(root, file), pageMarkdown({}));
  console.log(`\nNeues Thema "${title}" angelegt:\n  ${TOPICS_FILE}: Eintrag mit slug: ${slug} (Titel und Anreißer für die Themenkarte)\n  ${file}: der Text der Seite`);
} else {
  if (values.unter !== undefined) stop(`--unter gibt es nur für Themen.\n\n${USAGE}`);
  file = `src/${slug}.md`;
  const address = `/${slug}/`;
  if (existsSync(path.join(root, file))) stop(`Die Datei ${file} gibt es schon. Wählen Sie einen anderen Titel.`);
  if (slug === "themen" || slug === "index" || GENERATED_URLS[address]) stop(`Die Adresse ${address} ist für die Website reserviert. Wählen Sie einen anderen Titel.`);
  writeFileSync(path.join(root, file), pageMarkdown({ title }));
  console.log(`\nNeue Seite "${title}" angelegt:\n  ${file}: Vorspann und Text der Seite`);
}

console.log(`
Die Seite ist ein Entwurf (draft: true): In der Vorschau (npm start, dann http://localhost:8080/)
sehen Sie sie, auf der Website erscheint sie erst, wenn Sie die Zeile draft: true löschen.
Ersetzen Sie alle Texte, die mit "Bitte ersetzen" beginnen.`);

const report = await validateSources(root, { drafts: true });
if (report.problems.length > 0) stop(formatProblems(report.problems, "Die neue Seite ist angelegt, aber die Quellen haben noch Probleme:"));
const url = report.sources.find((source) => source.file === file)?.url ?? "/";
console.log(`Geprüft: keine Probleme. In der Vorschau: http://localhost:8080${url}`);
