/**
 * `npm run neu` in a copy of the project: scaffolds topics and pages that validate without a
 * problem (published and in the preview), refuses slugs that exist, and a scaffolded topic
 * is published by deleting its `draft: true` line.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "yaml";
import { validateSources } from "../../lib/validate/index.ts";
import { copyProject, run } from "./project.ts";

let project = "";
const neu = (...args: string[]) => run("npm", ["run", "--silent", "neu", "--", ...args], project);

before(() => {
  project = path.join(mkdtempSync(path.join(tmpdir(), "sez-neu-")), "project");
  copyProject(project);
});
after(() => rmSync(path.dirname(project), { recursive: true, force: true }));

describe("npm run neu", () => {
  it("scaffolds a topic with an entry in topics.yaml and a draft page", async () => {
    const { code, stdout, stderr } = await neu("thema", "Öffentliche Beschaffung & Fairness");
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Geprüft: keine Probleme\. In der Vorschau: http:\/\/localhost:8080\/themen\/oeffentliche-beschaffung-und-fairness\//);
    const topics = parse(readFileSync(path.join(project, "_data/topics.yaml"), "utf8")) as { slug: string; title: string; order: number; parent?: string }[];
    const added = topics.at(-1)!;
    assert.equal(added.slug, "oeffentliche-beschaffung-und-fairness");
    assert.equal(added.title, "Öffentliche Beschaffung & Fairness");
    assert.equal(added.parent, undefined);
    assert.equal(
      added.order,
      Math.max(
        ...topics
          .slice(0, -1)
          .filter((t) => !t.parent)
          .map((t) => t.order),
      ) + 10,
    );
    assert.match(readFileSync(path.join(project, "src/themen/oeffentliche-beschaffung-und-fairness.md"), "utf8"), /^---\ndescription: .*\n(?:#.*\n)*draft: true\n/);
  });
  it("scaffolds a field of action below a topic and a general page", async () => {
    const topic = await neu("thema", "Weltläden", "--unter", "fairer-handel");
    assert.equal(topic.code, 0, topic.stderr);
    assert.match(topic.stdout, /\/themen\/fairer-handel\/weltlaeden\//);
    const page = await neu("seite", "Presse & Medien");
    assert.equal(page.code, 0, page.stderr);
    assert.match(readFileSync(path.join(project, "src/presse-und-medien.md"), "utf8"), /^---\ntitle: Presse & Medien\n/);
  });
  it("leaves sources without problems, published and in the preview", async () => {
    assert.deepEqual((await validateSources(project, { drafts: false })).problems, []);
    assert.deepEqual((await validateSources(project, { drafts: true })).problems, []);
  });
  it("refuses slugs and addresses that exist", async () => {
    const topicsBefore = readFileSync(path.join(project, "_data/topics.yaml"), "utf8");
    // Refused runs write nothing, so they may run side by side.
    const [again, existing, page, reserved, parent, usage] = await Promise.all([
      neu("thema", "Öffentliche Beschaffung & Fairness"),
      neu("thema", "Fairer Handel"),
      neu("seite", "Kontakt"),
      neu("seite", "Suche"),
      neu("thema", "Kaffee", "--unter", "fairer-handeln"),
      neu("kapitel", "X"),
    ]);
    for (const refused of [again, existing, page, reserved, parent, usage]) assert.equal(refused.code, 1, refused.stdout);
    assert.match(again.stderr, /Das Thema "oeffentliche-beschaffung-und-fairness" gibt es schon/);
    assert.match(existing.stderr, /Das Thema "fairer-handel" gibt es schon/);
    assert.match(page.stderr, /Die Datei src\/kontakt\.md gibt es schon/);
    assert.match(reserved.stderr, /Die Adresse \/suche\/ ist für die Website reserviert/);
    assert.match(parent.stderr, /Das übergeordnete Thema "fairer-handeln" gibt es nicht/);
    assert.match(usage.stderr, /npm run neu -- thema "Titel des Themas"/);
    assert.equal(readFileSync(path.join(project, "_data/topics.yaml"), "utf8"), topicsBefore, "a refused run changes nothing");
  });
  it("builds drafts out of _site/ and publishes a topic once draft: true is deleted", { timeout: 180_000 }, async () => {
    const first = await run("npm", ["run", "--silent", "build"], project);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(existsSync(path.join(project, "_site/themen/oeffentliche-beschaffung-und-fairness")), false);
    const file = path.join(project, "src/themen/oeffentliche-beschaffung-und-fairness.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("draft: true\n", ""));
    const second = await run("npm", ["run", "--silent", "build"], project);
    assert.equal(second.code, 0, second.stderr);
    const html = readFileSync(path.join(project, "_site/themen/oeffentliche-beschaffung-und-fairness/index.html"), "utf8");
    // The page pass puts soft hyphens into long words ("Öf\u00ADfent\u00ADli\u00ADche"); the text is compared without them.
    assert.match(html.replaceAll("\u00AD", ""), /<h1[^>]*>Öffentliche Beschaffung &amp; Fairness<\/h1>/);
    assert.match(readFileSync(path.join(project, "_site/themen/index.html"), "utf8").replaceAll("\u00AD", ""), /Öffentliche Beschaffung &amp; Fairness/);
  });
});
