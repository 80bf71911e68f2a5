/**
 * Judges what `npm audit --omit=dev --audit-level=high --json` said about the production
 * dependencies. Three outcomes, never more lenient than the facts: passed (the registry
 * answered and there is no high or critical advisory), failed (it answered with at least one),
 * not run (it did not answer: no network, or an endpoint that refuses the audit request). A
 * check that did not run is never reported as passed.
 */

/** Severities npm reports, from harmless to worst. */
export const SEVERITIES = ["info", "low", "moderate", "high", "critical"] as const;

/** One severity npm reports. */
export type Severity = (typeof SEVERITIES)[number];

/** The outcome of an audit run. */
export type AuditVerdict = { status: "passed"; counts: Record<Severity, number> } | { status: "failed"; counts: Record<Severity, number>; packages: string[] } | { status: "not-run"; reason: string };

/** The parts of `npm audit --json` this module reads. */
interface AuditJson {
  message?: string;
  error?: { summary?: string; code?: string };
  code?: string;
  metadata?: { vulnerabilities?: Partial<Record<Severity, number>> };
  vulnerabilities?: Record<string, { severity?: Severity }>;
}

/**
 * Judges one run of `npm audit --json` from its output and exit code, counting advisories at
 * `level` or worse as a failure.
 *
 * @example
 * judgeAudit('{"metadata":{"vulnerabilities":{"high":0,"critical":0}}}', "", 0).status // => "passed"
 * judgeAudit("", "npm error code ENOTFOUND", 1).status                                     // => "not-run"
 */
export function judgeAudit(stdout: string, stderr: string, exitCode: number | null, level: Severity = "high"): AuditVerdict {
  let json: AuditJson | undefined;
  try {
    json = stdout.trim() ? (JSON.parse(stdout) as AuditJson) : undefined;
  } catch {
    json = undefined;
  }
  const vulnerabilities = json?.metadata?.vulnerabilities;
  if (!json || !vulnerabilities) {
    const said = [json?.message, json?.error?.summary, lastErrorLine(stderr)].find((text) => text && text.trim());
    const reason = said ? said.trim() : exitCode === null ? "npm audit wurde abgebrochen" : `npm audit endete mit ${exitCode} ohne Ergebnis`;
    return { status: "not-run", reason };
  }
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, vulnerabilities[s] ?? 0])) as Record<Severity, number>;
  const worse = SEVERITIES.slice(SEVERITIES.indexOf(level));
  const packages = Object.entries(json.vulnerabilities ?? {})
    .filter(([, v]) => v.severity && worse.includes(v.severity))
    .map(([name, v]) => `${name} (${v.severity})`)
    .sort();
  const found = worse.reduce((sum, s) => sum + counts[s], 0);
  return found > 0 ? { status: "failed", counts, packages } : { status: "passed", counts };
}

/** The last `npm error` line of npm's stderr, which names why it gave up. */
function lastErrorLine(stderr: string): string | undefined {
  const lines = stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /^npm (error|ERR!)/.test(l) && !/complete log of this run/.test(l));
  return lines.at(-1)?.replace(/^npm (error|ERR!)\s*/, "");
}

/**
 * The message for a verdict, in German like the build's messages.
 *
 * @example
 * auditMessage({ status: "not-run", reason: "ENOTFOUND" }) // => "npm audit NICHT gelaufen: ..."
 */
export function auditMessage(verdict: AuditVerdict): string {
  if (verdict.status === "not-run") {
    return `npm audit NICHT gelaufen: die Registry hat die Prüfung nicht beantwortet (${verdict.reason}). Das ist kein Bestehen: wiederholen Sie die Prüfung mit Netz (npm run audit).`;
  }
  const summary = SEVERITIES.map((s) => `${s} ${verdict.counts[s]}`).join(", ");
  if (verdict.status === "passed") return `npm audit der Produktionspakete bestanden: keine Warnung der Stufe high oder critical (${summary}).`;
  return `npm audit der Produktionspakete fehlgeschlagen (${summary}): ${verdict.packages.join(", ")}. Aktualisieren Sie die Pakete (npm audit fix, oder das Update von Renovate) oder ersetzen Sie sie.`;
}
