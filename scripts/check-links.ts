/**
 * `npm run check:links [-- --site _site --json links-report.json --body links-issue.md]`: checks
 * every link of the built site to other websites (lib/check/external-links.ts) and writes the
 * report as JSON and as the body of the GitHub issue. Exits 1 when a link is broken, so a local
 * run says so; the weekly workflow (.github/workflows/links.yml) carries on and files the issue.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { checkExternalLinks, issueBody } from "../lib/check/external-links.ts";

const root = process.cwd();
const { values } = parseArgs({
  options: {
    site: { type: "string", default: "_site" },
    json: { type: "string", default: "links-report.json" },
    body: { type: "string", default: "links-issue.md" },
  },
});
const siteDir = path.resolve(root, values.site);
if (!existsSync(path.join(siteDir, "index.html"))) {
  console.error(`\n${values.site}/index.html gibt es nicht: Bauen Sie die Website zuerst (npm run build).\n`);
  process.exit(1);
}
// The site's public address (canonical and Open Graph links) is the site itself, not another one.
const { url } = parse(readFileSync(path.join(root, "_data/site.yaml"), "utf8")) as { url: string };
const report = await checkExternalLinks({ siteDir, ownOrigins: [url] });
writeFileSync(path.resolve(root, values.json), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.resolve(root, values.body), issueBody(report, new Date().toISOString().slice(0, 10)));
if (report.broken.length === 0) console.log(`Externe Links: alle ${report.checked} funktionieren (${report.allowed} auf der Ausnahmeliste).`);
else {
  console.error(`Externe Links: ${report.broken.length} von ${report.checked} kaputt:`);
  for (const link of report.broken) console.error(`  ${link.url} – ${link.reason} (auf ${link.pages.join(", ")})`);
  process.exitCode = 1;
}
