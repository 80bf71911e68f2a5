/**
 * The external link check (lib/check/external-links.ts, linkinator) against a small built site
 * in a temporary folder whose pages link to a second local server on 127.0.0.1 standing in for
 * other websites: one link answers 200, one 301 to a page that answers 200, one 404, one never
 * answers (a timeout), one is on the allow-list. Nothing leaves the machine: the site's own
 * public origin is skipped, never requested.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { checkExternalLinks, type ExternalLinkReport, issueAction, issueBody } from "../../lib/check/external-links.ts";

const dir = mkdtempSync(path.join(tmpdir(), "sez-links-"));
const requested: string[] = [];
let server: Server;
let other = "";
let report: ExternalLinkReport;

/** A page of the test site with the given links. */
function page(file: string, title: string, links: string[]): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  const anchors = links.map((href) => `<a href="${href}">${href}</a>`).join("\n");
  writeFileSync(path.join(dir, file), `<!doctype html><html lang="de"><head><title>${title}</title><link rel="canonical" href="https://www.sez.de/"></head><body>${anchors}</body></html>`);
}

before(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? "");
    if (request.url === "/ok" || request.url === "/new-place" || request.url === "/allowed") response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>ok</title>");
    else if (request.url === "/moved") response.writeHead(301, { location: "/new-place" }).end();
    else if (request.url === "/slow")
      return; // never answers: the checker's timeout decides
    else response.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  other = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  page("index.html", "Start", ["/kontakt/", `${other}/ok`, `${other}/moved`, `${other}/gone`, "https://www.sez.de/themen/", "mailto:info@sez.de"]);
  page("kontakt/index.html", "Kontakt", ["/", `${other}/gone`, `${other}/slow`, `${other}/allowed`]);
  // Short timeout and one retry: the run is bounded by them (and by the suite's timeout), not timed.
  report = await checkExternalLinks({ siteDir: dir, ownOrigins: ["https://www.sez.de"], timeoutMs: 1_500, retries: 1, retryJitterMs: 100, concurrency: 4, allow: [{ pattern: /\/allowed$/ }] });
});

after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("checkExternalLinks against a local server", { timeout: 60_000 }, () => {
  it("checks each external link once and counts the allow-listed one without requesting it", () => {
    assert.equal(report.checked, 5, JSON.stringify(report));
    assert.equal(report.allowed, 1);
    assert.ok(!requested.includes("/allowed"), requested.join(", "));
  });
  it("reports the 404 and the timeout, with every page that links to them", () => {
    assert.deepEqual(report.broken, [
      { url: `${other}/gone`, status: 404, reason: "404 Nicht gefunden", pages: ["/", "/kontakt/"] },
      { url: `${other}/slow`, status: 0, reason: "keine Antwort (Zeitüberschreitung)", pages: ["/kontakt/"] },
    ]);
  });
  it("accepts the 200 and the 301 that ends in a 200", () => {
    assert.ok(requested.includes("/ok") && requested.includes("/moved") && requested.includes("/new-place"), requested.join(", "));
    assert.ok(!report.broken.some((b) => b.url.endsWith("/ok") || b.url.endsWith("/moved")));
  });
  it("writes the issue by page and decides to open it", () => {
    const body = issueBody(report, "2026-12-07");
    assert.match(body, /### \/\n\n- \[ \] http:\/\/127\.0\.0\.1:\d+\/gone – 404 Nicht gefunden/);
    assert.match(body, /### \/kontakt\/\n\n- \[ \] http:\/\/127\.0\.0\.1:\d+\/gone – 404 Nicht gefunden\n- \[ \] http:\/\/127\.0\.0\.1:\d+\/slow – keine Antwort/);
    assert.equal(issueAction(undefined, report, "2026-12-07").action, "create");
    assert.deepEqual(issueAction(12, report, "2026-12-07"), { action: "update", number: 12, body });
    assert.equal(issueAction(12, { checked: 5, allowed: 1, broken: [] }, "2026-12-14").action, "close");
    assert.equal(issueAction(undefined, { checked: 5, allowed: 1, broken: [] }, "2026-12-14").action, "none");
  });
});
