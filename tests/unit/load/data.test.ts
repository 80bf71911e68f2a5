import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { deepFreeze, loadSiteData, loadSiteDataCached, siteData } from "../../../lib/load/data.ts";

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of `_data/` and the `assets/` it refers to (photos, icon), with one file changed by `edit`. */
function projectWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sez-data-"));
  dirs.push(dir);
  cpSync("_data", path.join(dir, "_data"), { recursive: true });
  for (const folder of ["assets/images", "assets/icons"]) cpSync(folder, path.join(dir, folder), { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, edit(readFileSync(target, "utf8")));
  return dir;
}

describe("loadSiteData", () => {
  it("loads the real data", () => {
    const { data, problems } = loadSiteData(process.cwd());
    assert.deepEqual(problems, []);
    assert.equal(data?.contacts["nicole-kimmel"]?.name, "Nicole Kimmel");
    assert.equal(data?.topics.bySlug["kommunale-entwicklungszusammenarbeit"]?.children.length, 4);
  });
  it("names file, line and field of a phone number in the wrong format", () => {
    const dir = projectWith("_data/contacts.yaml", (t) => t.replace('phone: "+497112102940"', 'phone: "0711 / 2 10 29-40"'));
    const { data, problems } = loadSiteData(dir);
    assert.equal(data, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.file, "_data/contacts.yaml");
    assert.equal(problems[0]!.field, "[0].phone");
    assert.equal(problems[0]!.line, 7);
    assert.match(problems[0]!.fix, /\+497112102940/);
  });
  it("reports a contact photo that is not in the credits", () => {
    const dir = projectWith("_data/contacts.yaml", (t) => t.replace("photo: nicole-kimmel", "photo: nicole-kimel"));
    const { problems } = loadSiteData(dir);
    assert.equal(problems[0]!.field, "[0].photo");
    assert.match(problems[0]!.received, /nicole-kimel/);
  });
  it("reports an unknown parent topic and a parent cycle", () => {
    const unknown = loadSiteData(
      projectWith("_data/topics.yaml", (t) => t.replace("parent: kommunale-entwicklungszusammenarbeit\n  kind: handlungsfeld\n  order: 10", "parent: kez\n  kind: handlungsfeld\n  order: 10")),
    );
    assert.match(unknown.problems[0]!.received, /"kez", das es nicht gibt/);
    const cycle = loadSiteData(
      projectWith("_data/topics.yaml", (t) => t.replace("  order: 10\n  image: marktplatz-ravensburg", "  order: 10\n  parent: kommunale-partnerschaften\n  image: marktplatz-ravensburg")),
    );
    assert.ok(cycle.problems.some((p) => /Kreis/.test(p.received)));
  });
  it("reports a missing image file and duplicate ids", () => {
    const dir = projectWith("_data/images.yaml", (t) => t.replace("file: zwei-damen-iran.jpg", "file: zwei-damen.jpg").replace("- id: sez-zentrale", "- id: startseite"));
    const { problems } = loadSiteData(dir);
    assert.ok(problems.some((p) => p.field === "[1].file" && /zwei-damen\.jpg/.test(p.received)));
    assert.ok(problems.some((p) => p.field === "[4].id" && /schon vergeben/.test(p.received)));
  });
});

describe("loadSiteDataCached / siteData", () => {
  it("reads the data once while nothing changes, again after an edit, and freezes it", () => {
    const dir = projectWith("_data/site.yaml", (t) => t);
    const first = loadSiteDataCached(dir);
    assert.equal(loadSiteDataCached(dir), first);
    assert.ok(Object.isFrozen(first.data?.topics.bySlug["kommunale-entwicklungszusammenarbeit"]?.children));
    assert.throws(() => {
      (first.data!.site as { name: string }).name = "Andere Stiftung";
    }, TypeError);
    const file = path.join(dir, "_data/site.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("shortName: SEZ", "shortName: SEZ-BW"));
    const second = loadSiteDataCached(dir);
    assert.notEqual(second, first);
    assert.equal(second.data?.site.shortName, "SEZ-BW");
    assert.equal(siteData(dir).site.shortName, "SEZ-BW");
  });
  it("deepFreeze freezes nested objects and arrays", () => {
    const value = deepFreeze({ a: { b: [1, { c: 2 }] } });
    assert.ok(Object.isFrozen(value.a.b[1]));
  });
});
