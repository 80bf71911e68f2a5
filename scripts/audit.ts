/**
 * `npm run audit`: `npm audit` of the production dependencies (what `npm run build` needs);
 * exits 1 on a high or critical advisory and 2 when the registry did not answer (the check did
 * not run; lib/check/audit.ts). Needs only package-lock.json, no install. Not part of
 * `npm test`: it needs the registry, and an advisory published today says nothing about the
 * change under test; the deploy workflow runs it as a job of its own.
 */
import { spawnSync } from "node:child_process";
import { auditMessage, judgeAudit } from "../lib/check/audit.ts";

const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { encoding: "utf8", timeout: 120_000 });
const verdict = judgeAudit(run.stdout ?? "", `${run.stderr ?? ""}${run.error ? `\nnpm error ${run.error.message}` : ""}`, run.status);
const message = auditMessage(verdict);
if (verdict.status === "passed") console.log(message);
else {
  // GitHub shows ::error:: lines as annotations on the run.
  console.error(process.env.GITHUB_ACTIONS ? `::error title=npm audit::${message}` : message);
  process.exitCode = verdict.status === "failed" ? 1 : 2;
}
