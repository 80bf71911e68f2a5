/**
 * The workflows keep their promises: what is deployed is built from the production install
 * only, after the tests passed; the audit runs in CI; the external link check runs weekly and
 * never on a push.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { needs?: string | string[]; steps: Array<{ run?: string; uses?: string }> }>;
}
const load = (file: string) => parse(readFileSync(file, "utf8")) as Workflow;
const runs = (workflow: Workflow, job: string) => workflow.jobs[job]!.steps.map((s) => s.run ?? "").filter(Boolean);

describe(".github/workflows/deploy.yml", () => {
  const deploy = load(".github/workflows/deploy.yml");
  it("builds the deployed site from the production install only", () => assert.deepEqual(runs(deploy, "build"), ["npm ci --omit=dev", "npm run build"]));
  it("runs every check with the full install", () => assert.deepEqual(runs(deploy, "test"), ["npm ci", "npm test"]));
  it("deploys only after test and build", () => assert.deepEqual(deploy.jobs.deploy!.needs, ["test", "build"]));
  it("audits the production dependencies and validates renovate.json", () => assert.deepEqual(runs(deploy, "audit"), ["node scripts/audit.ts", "npm run check:renovate"]));
});

describe(".github/workflows/pr-preview.yml", () => {
  const preview = load(".github/workflows/pr-preview.yml");
  it("runs on pull requests only", () => assert.deepEqual(Object.keys(preview.on), ["pull_request"]));
  it("builds the preview from the production install only, like the deployed site", () => {
    assert.deepEqual(runs(preview, "preview").slice(0, 2), ["npm ci --omit=dev", "npm run build"]);
  });
});

describe(".github/workflows/links.yml", () => {
  const links = load(".github/workflows/links.yml");
  it("runs weekly and by hand, never on a push or pull request", () => assert.deepEqual(Object.keys(links.on).sort(), ["schedule", "workflow_dispatch"]));
  it("builds, checks and files the one issue", () => assert.deepEqual(runs(links, "links"), ["npm ci", "npm run build", "npm run check:links", "npx tsx scripts/links-issue.ts links-report.json"]));
});
