/**
 * Content kept current by the date: the same sources built on two days. On the test day
 * (2026-12-03, `npm run build:test`) the Burundi meeting of 2027-01-15 is upcoming; built on
 * 2027-01-16 it has left `/termine/` and the subscribable calendar for the archive, and its
 * registration, closed since 2026-11-30, stays closed. No source changes between the builds.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { copyProject, run } from "./project.ts";
import { withoutSoftHyphens } from "../../lib/shared/soft-hyphen.ts";

const EVENT = "/termine/2027/netzwerktreffen-burundi/";
let tmp = "";
let later = "";
/** A built file as a visitor reads it: without the soft hyphens the page pass puts into long words. */
const read = (site: string, file: string) => withoutSoftHyphens(readFileSync(path.join(site, file), "utf8"));

before(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "sez-datum-"));
  later = path.join(tmp, "project");
  copyProject(later);
  const result = await run("env", ["SEZ_TODAY=2027-01-16", "npm", "run", "--silent", "build"], later);
  assert.equal(result.code, 0, result.stderr);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe("the build's today decides what is upcoming", { timeout: 240_000 }, () => {
  it("lists the event as upcoming on the test day, and in the archive once it is over", () => {
    assert.match(read("_site", "termine/index.html"), new RegExp(`href="${EVENT}"`));
    assert.doesNotMatch(read("_site", "termine/archiv/index.html"), new RegExp(`href="${EVENT}"`));
    assert.doesNotMatch(read(path.join(later, "_site"), "termine/index.html"), new RegExp(`href="${EVENT}"`));
    assert.match(read(path.join(later, "_site"), "termine/archiv/index.html"), new RegExp(`href="${EVENT}"`));
  });
  it("takes it out of the subscribable calendar", () => {
    assert.match(read("_site", "termine/termine.ics"), /UID:termine-2027-netzwerktreffen-burundi@www\.sez\.de/);
    assert.doesNotMatch(read(path.join(later, "_site"), "termine/termine.ics"), /netzwerktreffen-burundi/);
  });
  it("says on the event page that it is over and offers no calendar file any more", () => {
    const page = read(path.join(later, "_site"), "termine/2027/netzwerktreffen-burundi/index.html");
    assert.match(page, /Diese Veranstaltung hat bereits stattgefunden\./);
    assert.doesNotMatch(page, /In den Kalender/);
    assert.match(read("_site", "termine/2027/netzwerktreffen-burundi/index.html"), /In den Kalender/);
  });
  it("closes a registration after its deadline, without a source change", () => {
    assert.match(read("_site", "termine/2027/netzwerktreffen-burundi/index.html"), /Die Anmeldung ist geschlossen\./);
    assert.match(read("_site", "termine/2027/fortbildung-faire-beschaffung/index.html"), /Anmeldung bis 25\. Februar 2027/);
    assert.match(read("_site", "termine/2027/fortbildung-faire-beschaffung/index.html"), /Jetzt anmelden/);
  });
});
