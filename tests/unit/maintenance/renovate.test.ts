/**
 * renovate.json: the rules this project relies on, and Renovate's own validator. The validator
 * comes with the `renovate` package (about 340 MB, over two minutes to install on 2 cores), too
 * much for every install; `npm run check:renovate` fetches it into npx's cache once, after which
 * this test runs it (offline). Without it the test is skipped and says how to get it.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const root = process.cwd();
const config = JSON.parse(readFileSync(path.join(root, "renovate.json"), "utf8")) as {
  lockFileMaintenance?: { enabled?: boolean };
  packageRules: Array<Record<string, unknown> & { matchPackageNames?: string[]; groupName?: string; automerge?: boolean }>;
};
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { engines: { node: string }; scripts: Record<string, string>; dependencies: Record<string, string> };

describe("renovate.json", () => {
  it("groups Eleventy, Pagefind, Playwright and the toolchain", () => {
    const groups = new Map(config.packageRules.filter((r) => r.groupName).map((r) => [r.groupName, r.matchPackageNames ?? []]));
    assert.ok(groups.get("Eleventy")?.includes("@11ty/**"));
    assert.ok(groups.get("Pagefind")?.includes("pagefind") && groups.get("Pagefind")?.includes("@pagefind/**"));
    assert.ok(groups.get("Playwright")?.includes("@playwright/test"));
    for (const name of ["node", "typescript", "tsx", "@biomejs/biome"]) assert.ok(groups.get("toolchain")?.includes(name), name);
  });
  it("maintains the lockfile", () => assert.equal(config.lockFileMaintenance?.enabled, true));
  it("keeps node on the line engines allows", () => {
    const rule = config.packageRules.find((r) => r.matchPackageNames?.includes("node") && r.allowedVersions);
    assert.equal(rule?.allowedVersions, "<25");
    assert.match(manifest.engines.node, /<25$/);
  });
  it("automerges only minor and patch updates of dev tools, and only with green CI", () => {
    const automerging = config.packageRules.filter((r) => r.automerge === true);
    assert.equal(automerging.length, 1);
    assert.deepEqual(automerging[0]!.matchDepTypes, ["devDependencies"]);
    assert.deepEqual(automerging[0]!.matchUpdateTypes, ["minor", "patch"]);
    assert.notEqual(automerging[0]!.ignoreTests, true);
    assert.ok(!("automerge" in config && (config as { automerge?: boolean }).automerge));
  });
  it("never automerges what the build needs", () => {
    const rule = config.packageRules.find((r) => r.automerge === true)!;
    assert.ok(!("matchPackageNames" in rule), "the automerge rule must not name packages: it would reach production dependencies");
  });

  it("passes Renovate's own validator", (t) => {
    const version = /renovate@(\d+\.\d+\.\d+)/.exec(manifest.scripts["check:renovate"] ?? "")?.[1];
    assert.ok(version, "package.json has no check:renovate script with renovate@<version>");
    const run = spawnSync("npx", ["--no-install", "--package", `renovate@${version}`, "--", "renovate-config-validator", "--strict"], {
      cwd: root,
      encoding: "utf8",
      timeout: 120_000,
      // `npm run -s` passes loglevel "silent" down, which would hide why npx stopped.
      env: { ...process.env, npm_config_loglevel: "notice" },
    });
    const output = `${run.stdout}${run.stderr}`;
    if (/missing packages|could not determine executable|ENOTCACHED/.test(output)) {
      t.skip(`Renovate's validator (renovate@${version}, about 340 MB) is not installed here: npm run check:renovate installs and runs it`);
      return;
    }
    assert.ok(
      run.status === 0 && /Config validated successfully/.test(output),
      output
        .split("\n")
        .filter((l) => /ERROR|message|topic/.test(l))
        .join("\n") || output.slice(-2000),
    );
  });
});
