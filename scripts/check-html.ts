/**
 * `npm run check:html [folder]`: html-validate over every page of the built site (default
 * `_site/`). Exits with 1 and one message per problem if any page is not valid HTML.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { validateSiteHtml } from "../lib/check/site-html.ts";
import { formatProblems } from "../lib/shared/problems.ts";

const root = process.cwd();
const dir = path.resolve(root, process.argv[2] ?? "_site");
if (!existsSync(dir)) {
  console.error(`\n${path.relative(root, dir) || dir}/ gibt es nicht: Bauen Sie die Website zuerst (npm run build).\n`);
  process.exit(1);
}
const started = performance.now();
const { pages, problems } = await validateSiteHtml(root, dir);
if (problems.length > 0) {
  console.error(`\n${formatProblems(problems, "Veröffentlichen Sie diesen Stand nicht; die Deploy-Pipeline (npm test) hält hier an.", "Die HTML-Prüfung ist fehlgeschlagen")}\n`);
  process.exit(1);
}
console.log(`HTML gültig (html-validate): ${pages} Seiten in ${((performance.now() - started) / 1000).toFixed(1)} s`);
