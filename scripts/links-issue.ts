/**
 * `tsx scripts/links-issue.ts links-report.json`: keeps the ONE GitHub issue about broken
 * external links in step with the latest report (lib/check/external-links.ts, issueAction):
 * opens it when links broke, rewrites its body while they are broken, closes it when all work
 * again. Uses the GitHub CLI (`gh`, on GitHub's runners; needs GH_TOKEN with issues: write).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { ISSUE_LABEL, ISSUE_TITLE, issueAction, type ExternalLinkReport } from "../lib/check/external-links.ts";

const report = JSON.parse(readFileSync(process.argv[2] ?? "links-report.json", "utf8")) as ExternalLinkReport;
const gh = (...args: string[]): string => execFileSync("gh", args, { encoding: "utf8", input: "" });

const open = JSON.parse(gh("issue", "list", "--label", ISSUE_LABEL, "--state", "open", "--json", "number", "--limit", "1")) as Array<{ number: number }>;
const action = issueAction(open[0]?.number, report, new Date().toISOString().slice(0, 10));
switch (action.action) {
  case "create":
    // The label may not exist yet in a new repository; --force leaves an existing one as it is.
    gh("label", "create", ISSUE_LABEL, "--color", "d93f0b", "--description", "Kaputte Links zu anderen Websites (wöchentliche Prüfung)", "--force");
    console.log(gh("issue", "create", "--title", ISSUE_TITLE, "--label", ISSUE_LABEL, "--body", action.body).trim());
    break;
  case "update":
    gh("issue", "edit", String(action.number), "--body", action.body);
    console.log(`Issue #${action.number} aktualisiert: ${report.broken.length} kaputte Links.`);
    break;
  case "close":
    gh("issue", "edit", String(action.number), "--body", action.body);
    gh("issue", "close", String(action.number), "--comment", "Alle externen Links funktionieren wieder.");
    console.log(`Issue #${action.number} geschlossen: alle Links funktionieren.`);
    break;
  case "none":
    console.log("Keine kaputten Links, kein offenes Issue.");
}
