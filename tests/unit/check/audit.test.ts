import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { auditMessage, judgeAudit } from "../../../lib/check/audit.ts";

/** The shape npm 11 prints for `npm audit --json` (auditReportVersion 2), trimmed. */
function report(vulnerabilities: Record<string, "low" | "moderate" | "high" | "critical">): string {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 };
  for (const severity of Object.values(vulnerabilities)) {
    counts[severity]++;
    counts.total++;
  }
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      Object.entries(vulnerabilities).map(([name, severity]) => [name, { name, severity, isDirect: false, via: [], effects: [], range: "*", nodes: [], fixAvailable: true }]),
    ),
    metadata: { vulnerabilities: counts, dependencies: { prod: 190, dev: 0, optional: 20, peer: 0, peerOptional: 0, total: 190 } },
  });
}

describe("judgeAudit", () => {
  it("passes when the registry answered with nothing high or critical", () => {
    const verdict = judgeAudit(report({ "some-lib": "moderate" }), "", 0);
    assert.equal(verdict.status, "passed");
    assert.match(auditMessage(verdict), /bestanden.*moderate 1/);
  });
  it("fails on a high or critical advisory and names the packages", () => {
    const verdict = judgeAudit(report({ "bad-lib": "critical", "old-lib": "high", "meh-lib": "low" }), "", 1);
    assert.equal(verdict.status, "failed");
    assert.deepEqual(verdict.status === "failed" && verdict.packages, ["bad-lib (critical)", "old-lib (high)"]);
  });
  it("honours a stricter level", () => assert.equal(judgeAudit(report({ "meh-lib": "moderate" }), "", 1, "moderate").status, "failed"));
  it("says 'not run' when the audit endpoint refuses the request (an npm mirror without audit)", () => {
    const stdout = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk", statusCode: 405, body: "" });
    const verdict = judgeAudit(stdout, "npm error audit endpoint returned an error\nnpm error A complete log of this run can be found in: /x.log", 1);
    assert.equal(verdict.status, "not-run");
    assert.match(auditMessage(verdict), /NICHT gelaufen.*405 Method Not Allowed.*kein Bestehen/);
  });
  it("says 'not run' without network", () => {
    const stdout = JSON.stringify({ error: { code: "ENOTFOUND", summary: "request to https://registry.example/ failed, reason: getaddrinfo ENOTFOUND registry.example", detail: "" } });
    assert.match(auditMessage(judgeAudit(stdout, "", 1)), /NICHT gelaufen.*ENOTFOUND/);
  });
  it("says 'not run' when npm printed nothing usable", () => {
    assert.equal(judgeAudit("", "", null).status, "not-run");
    assert.equal(judgeAudit("not json", "npm error network timeout", 1).status, "not-run");
  });
});
