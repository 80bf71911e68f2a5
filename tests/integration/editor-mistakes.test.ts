/**
 * The catalogue of editor mistakes: each case lays a fixture from `tests/fixtures/<case>/`
 * over a copy of the project with a good `_site/`, runs the real production build (the
 * command of `npm run build`, see `buildCommand`) and checks that it stops with a non-zero
 * exit, says where and what and how to fix it, and leaves `_site/` byte for byte as it was. Two cases that must pass show
 * that the same harness notices a changed `_site/` and that drafts stay out of it.
 *
 * docs/redaktion.md quotes each case's key line; the last test keeps the two in step.
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { applyFixture, buildCommand, cloneProject, copyProject, hashTree, ROOT, run, type RunResult } from "./project.ts";

/** A mistake, its fixture and what the build must say about it. */
interface MistakeCase {
  /** Folder in `tests/fixtures/`. */
  fixture: string;
  /** What the editor did. */
  mistake: string;
  /** Lines (or parts) the message must contain: place, field, what is wrong, the fix. */
  says: string[];
  /** The line docs/redaktion.md quotes for this case (also checked against the message). */
  quoted: string;
  /** Number of problems, if not 1. */
  count?: number;
  /** Prepares the copy after the fixture is laid (e.g. an interrupted swap). */
  setup?: (project: string) => void;
  /** What the build must print on stdout before it stops (e.g. what it recovered). */
  notes?: string[];
  /** Paths, relative to the project copy, that must not exist afterwards (nothing escaped). */
  absent?: string[];
}

const CATALOGUE: MistakeCase[] = [
  {
    fixture: "termin-ende-vor-beginn",
    mistake: "an event that ends before it starts",
    says: [
      "src/termine/2027/treffen.md:5  Feld end",
      "erwartet: ein Ende nach dem Beginn (2027-03-12T18:00)",
      'erhalten: "2027-03-12T17:00", das vor dem Beginn liegt',
      "vielleicht sind sie vertauscht",
    ],
    quoted: 'erhalten: "2027-03-12T17:00", das vor dem Beginn liegt',
  },
  {
    fixture: "termin-zeitumstellung",
    mistake: "a time that does not exist (the daylight-saving gap)",
    says: [
      "src/termine/2027/treffen.md:4  Feld start",
      "erwartet: eine Uhrzeit, die es an diesem Tag gibt",
      'erhalten: "2027-03-28T02:30"',
      "springt die Uhr von 2:00 auf 3:00 Uhr. Meinten Sie 2027-03-28T03:30?",
    ],
    quoted: "In der Nacht der Zeitumstellung springt die Uhr von 2:00 auf 3:00 Uhr.",
  },
  {
    fixture: "termin-keine-uhrzeit",
    mistake: "a start that is not a time",
    says: [
      "src/termine/2027/treffen.md:4  Feld start",
      "erwartet: ein Tag JJJJ-MM-TT oder ein Zeitpunkt JJJJ-MM-TTTHH:MM",
      'erhalten: "2027-03-12 18 Uhr"',
      "z. B. 2027-03-12T18:00 (mit großem T, Uhrzeit mit zwei Stellen)",
    ],
    quoted: "erwartet: ein Tag JJJJ-MM-TT oder ein Zeitpunkt JJJJ-MM-TTTHH:MM",
  },
  {
    fixture: "termin-anmeldeschluss-nach-beginn",
    mistake: "a registration deadline after the event",
    says: ["src/termine/2027/treffen.md:11  Feld registration.deadline", "erwartet: einen Anmeldeschluss bis zum Beginn (2027-03-12)", 'erhalten: "2027-03-20", nach dem Beginn'],
    quoted: "erwartet: einen Anmeldeschluss bis zum Beginn (2027-03-12)",
  },
  {
    fixture: "termin-ohne-ort",
    mistake: "an event with neither place nor online link",
    says: ["src/termine/2027/treffen.md:1  Feld place", "erwartet: einen Ort (place:) oder einen Online-Link (online:)", "erhalten: keines von beiden"],
    quoted: "erwartet: einen Ort (place:) oder einen Online-Link (online:)",
  },
  {
    fixture: "termin-kontakt-fehlt",
    mistake: "an event naming a contact that does not exist",
    says: ["src/termine/2027/treffen.md:9  Feld contact", 'erhalten: "nicole-kimel", den es dort nicht gibt', "Verwenden Sie eine vorhandene Kennung (nicole-kimmel, sez-zentrale)"],
    quoted: 'erhalten: "nicole-kimel", den es dort nicht gibt',
  },
  {
    fixture: "meldung-thema-fehlt",
    mistake: "a news article naming a topic that does not exist",
    says: ["src/aktuelles/2026/partnerschaft.md:5  Feld topics[1]", "erwartet: die Kennung eines Themas aus _data/topics.yaml", 'erhalten: "fairer-handeln", das es dort nicht gibt'],
    quoted: 'erhalten: "fairer-handeln", das es dort nicht gibt',
  },
  {
    fixture: "yaml-kaputt",
    mistake: "broken YAML front matter (a colon inside a text)",
    says: ["src/presse.md:3", "gültiges YAML", "ein Doppelpunkt mit Leerzeichen mitten im Text", 'Setzen Sie den Text in Anführungszeichen: description: "Presse: Pressemitteilungen'],
    quoted: "erhalten: einen Syntaxfehler: ein Doppelpunkt mit Leerzeichen mitten im Text",
  },
  {
    fixture: "unbekanntes-feld",
    mistake: "unknown key titel:",
    says: ["src/presse.md:2  Feld titel", 'erhalten: das unbekannte Feld "titel"', 'Meinten Sie "title"? Benennen Sie das Feld "titel" in "title" um.'],
    quoted: 'erhalten: das unbekannte Feld "titel"',
  },
  {
    fixture: "pflichtfeld-fehlt",
    mistake: "missing required field description",
    says: ["src/presse.md:2  Feld description", "erwartet: eine Kurzbeschreibung der Seite mit 50 bis 200 Zeichen", "erhalten: nichts (Feld fehlt)", 'Ergänzen Sie das Pflichtfeld "description".'],
    quoted: 'So beheben Sie es: Ergänzen Sie das Pflichtfeld "description".',
  },
  {
    fixture: "datum-unmoeglich",
    mistake: "impossible date 2013-02-31",
    says: ["src/presse.md:4  Feld updated", "erwartet: ein Datum, das es im Kalender gibt", 'erhalten: "2013-02-31"', "Den 31.02.2013 gibt es nicht im Kalender."],
    quoted: "erwartet: ein Datum, das es im Kalender gibt",
  },
  {
    fixture: "datum-deutsch-unmoeglich",
    mistake: "German date format with an impossible day 31.02.2013",
    says: [
      "src/presse.md:4  Feld updated",
      "erwartet: ein Datum im Format JJJJ-MM-TT",
      'erhalten: "31.02.2013"',
      "Schreiben Sie das Datum als Jahr-Monat-Tag (JJJJ-MM-TT) und prüfen Sie Tag und Monat: Den 31.02.2013 gibt es nicht im Kalender.",
    ],
    quoted: "prüfen Sie Tag und Monat: Den 31.02.2013 gibt es nicht im Kalender.",
  },
  {
    fixture: "datum-deutsch",
    mistake: "German date format 11.02.2013",
    says: ["src/presse.md:4  Feld updated", "erwartet: ein Datum im Format JJJJ-MM-TT, z. B. 2013-02-11", 'erhalten: "11.02.2013"', "Schreiben Sie das Datum als 2013-02-11 (Jahr-Monat-Tag)."],
    quoted: "Schreiben Sie das Datum als 2013-02-11 (Jahr-Monat-Tag).",
  },
  {
    fixture: "kontakt-fehlt",
    mistake: "reference to a contact that does not exist",
    says: ["src/presse.md:4  Feld contacts[1]", 'erhalten: "hans-meier", den es dort nicht gibt', "legen Sie den Kontakt in _data/contacts.yaml an"],
    quoted: 'erhalten: "hans-meier", den es dort nicht gibt',
  },
  {
    fixture: "thema-elternteil-fehlt",
    mistake: "topic whose parent topic does not exist",
    says: ["_data/topics.yaml:", "Feld [9].parent", 'erhalten: "fairer-handeln", das es nicht gibt', 'Korrigieren Sie "parent"'],
    quoted: 'erhalten: "fairer-handeln", das es nicht gibt',
  },
  {
    fixture: "thema-ohne-eintrag",
    mistake: "topic page without an entry in topics.yaml",
    says: ["src/themen/weltlaeden.md", "erwartet: einen Eintrag mit slug: weltlaeden in _data/topics.yaml", 'Tragen Sie das Thema "weltlaeden" in _data/topics.yaml ein'],
    quoted: "erwartet: einen Eintrag mit slug: weltlaeden in _data/topics.yaml",
  },
  {
    fixture: "bild-fehlt",
    mistake: "photo ![](bild:ID) that is not in images.yaml",
    says: [
      "src/presse.md:12",
      'erhalten: "bild:pressefoto", eine Kennung ohne Eintrag im Bildnachweis',
      "Tragen Sie das Foto mit id: pressefoto, Datei, Alternativtext und Bildnachweis in _data/images.yaml ein",
    ],
    quoted: 'erhalten: "bild:pressefoto", eine Kennung ohne Eintrag im Bildnachweis',
  },
  {
    fixture: "bild-ohne-nachweis",
    mistake: "photo entry without credit",
    says: ["_data/images.yaml:", "Feld [13].credit", "erhalten: nichts (Feld fehlt)", 'Ergänzen Sie das Pflichtfeld "credit".'],
    quoted: 'So beheben Sie es: Ergänzen Sie das Pflichtfeld "credit".',
  },
  {
    fixture: "telefon-falsch",
    mistake: "contact with a phone number in the wrong format",
    says: ["_data/contacts.yaml:20  Feld [2].phone", 'erhalten: "0711 / 2 10 29-40"', "aus 0711 / 2 10 29-40 wird +497112102940"],
    quoted: "aus 0711 / 2 10 29-40 wird +497112102940",
  },
  {
    fixture: "gleiche-adresse",
    mistake: "two pages with the same URL (permalink clash)",
    says: ["src/anfahrt.md:4  Feld permalink", "erhalten: die Adresse /kontakt/, die auch src/kontakt.md hat", "Ändern Sie permalink: in src/anfahrt.md"],
    quoted: "erhalten: die Adresse /kontakt/, die auch src/kontakt.md hat",
  },
  {
    fixture: "link-seite-fehlt",
    mistake: "link to a page that does not exist",
    says: ["src/presse.md:12", "erhalten: den Link „Spende“ auf /spende/, eine Adresse, unter der es keine Seite gibt", "Meinten Sie /spenden/?"],
    quoted: "erhalten: den Link „Spende“ auf /spende/, eine Adresse, unter der es keine Seite gibt",
  },
  {
    fixture: "link-anker-fehlt",
    mistake: "link to an #anchor that does not exist",
    says: ["src/presse.md:12", "/kontakt/ hat keinen Sprungpunkt #anfahrt", "#anreise-mit-bus-und-bahn", "Verwenden Sie eine der genannten Kennungen"],
    quoted: "/kontakt/ hat keinen Sprungpunkt #anfahrt",
  },
  {
    fixture: "link-auf-entwurf",
    mistake: "link to a draft (published build)",
    says: ["src/presse.md:12", "einen Entwurf (src/jahresbericht.md); auf der Website wäre der Link kaputt", "Löschen Sie in src/jahresbericht.md die Zeile draft: true."],
    quoted: "einen Entwurf (src/jahresbericht.md); auf der Website wäre der Link kaputt",
  },
  {
    fixture: "leere-datei",
    mistake: "empty file",
    says: ["src/presse.md\n", "erhalten: eine leere Datei", "Füllen Sie die Datei"],
    quoted: "erhalten: eine leere Datei",
  },
  {
    fixture: "nicht-utf8",
    mistake: "file saved as Windows-1252, not UTF-8",
    says: ["src/presse.md:3", "erwartet: eine Textdatei in UTF-8-Kodierung", "speichern Sie sie mit der Kodierung UTF-8 neu"],
    quoted: "erwartet: eine Textdatei in UTF-8-Kodierung",
  },
  {
    fixture: "falscher-ordner",
    mistake: "Markdown file in a folder the site does not use",
    says: [
      "src/aktuelles/termine.md",
      "Markdown-Seiten liegen direkt in src/ (allgemeine Seiten), in src/themen/ (Themen), in src/aktuelles/<Jahr>/ (Meldungen), in src/termine/<Jahr>/ (Termine), in src/foerderung/ (Förderprogramme) oder in src/publikationen/ (Publikationen)",
    ],
    quoted:
      "Markdown-Seiten liegen direkt in src/ (allgemeine Seiten), in src/themen/ (Themen), in src/aktuelles/<Jahr>/ (Meldungen), in src/termine/<Jahr>/ (Termine), in src/foerderung/ (Förderprogramme) oder in src/publikationen/ (Publikationen)",
  },
  {
    fixture: "html-im-text",
    mistake: "HTML in Markdown: <script>, <iframe>, onclick=, javascript:",
    says: [
      "src/presse.md:12",
      "ein <script>-Element (Programmcode)",
      "src/presse.md:14",
      "einen eingebetteten fremden Inhalt (<iframe>)",
      "src/presse.md:16",
      "ein HTML-Attribut mit Programmcode (on...=)",
      "src/presse.md:18",
      'eine javascript:-Adresse: "[Newsletter bestellen](javascript:alert(1))"',
      "Verwenden Sie Markdown statt HTML",
    ],
    quoted: "erhalten: ein <script>-Element (Programmcode)",
    count: 4,
  },
  {
    fixture: "foerderung-frist-vor-beginn",
    mistake: "funding round whose deadline is before its opening",
    says: [
      "src/foerderung/eine-welt-fonds.md:10  Feld rounds[0].deadline",
      "erwartet: eine Frist (deadline) am oder nach dem Beginn der Runde (opens)",
      "erhalten: die Frist 1. Februar 2027, vor dem Beginn am 1. März 2027",
      "opens ist der erste Tag",
    ],
    quoted: "erwartet: eine Frist (deadline) am oder nach dem Beginn der Runde (opens)",
  },
  {
    fixture: "foerderung-runden-ueberlappen",
    mistake: "two funding rounds that overlap",
    says: [
      "src/foerderung/eine-welt-fonds.md:11  Feld rounds[1].opens",
      "erwartet: Runden, die sich nicht überschneiden",
      "während Runde 1 (15. Januar 2027 bis 31. März 2027) noch läuft",
      "Lassen Sie diese Runde erst nach dem 31. März 2027 beginnen",
    ],
    quoted: "erwartet: Runden, die sich nicht überschneiden",
  },
  {
    fixture: "foerderung-dokument-fehlt",
    mistake: "programme document naming a publication that does not exist",
    says: [
      "src/foerderung/eine-welt-fonds.md:11  Feld documents[1]",
      "erwartet: die Kennung einer Publikation",
      'erhalten: "richtlinie-2027", die es nicht gibt (keine Datei src/publikationen/richtlinie-2027.md)',
      "npm run neu -- publikation",
    ],
    quoted: 'erhalten: "richtlinie-2027", die es nicht gibt (keine Datei src/publikationen/richtlinie-2027.md)',
  },
  {
    fixture: "foerderung-thema-fehlt",
    mistake: "programme naming a topic that does not exist",
    says: ["src/foerderung/eine-welt-fonds.md:13  Feld topics[1]", "erwartet: die Kennung eines Themas aus _data/topics.yaml", 'erhalten: "fairer-handeln", das es dort nicht gibt'],
    quoted: 'erhalten: "fairer-handeln", das es dort nicht gibt',
  },
  {
    fixture: "publikation-pdf-fehlt",
    mistake: "publication whose PDF is not in assets/publikationen/",
    says: [
      "src/publikationen/weltlaeden-im-land.md:6  Feld file",
      "erwartet: eine PDF-Datei im Ordner assets/publikationen/",
      'erhalten: "weltlaeden-im-land.pdf", die es dort nicht gibt',
      "Legen Sie die Datei assets/publikationen/weltlaeden-im-land.pdf ab",
    ],
    quoted: 'erhalten: "weltlaeden-im-land.pdf", die es dort nicht gibt',
  },
  {
    fixture: "publikation-pdf-kaputt",
    mistake: "publication whose file is no PDF",
    says: ["src/publikationen/weltlaeden-im-land.md:6  Feld file", "erwartet: eine PDF-Datei, die sich öffnen lässt", "die sich nicht als PDF lesen lässt", "Exportieren Sie das Dokument neu als PDF"],
    quoted: "erwartet: eine PDF-Datei, die sich öffnen lässt",
  },
  {
    fixture: "publikation-ohne-titel",
    mistake: "PDF without a document title",
    says: [
      "src/publikationen/broschuere-eine-welt-engagement-muster.md:6  Feld file",
      "erwartet: ein PDF mit Dokumenttitel in den Dokumenteigenschaften",
      'erhalten: "broschuere-eine-welt-engagement-muster.pdf" ohne Dokumenttitel',
      "Tragen Sie den Titel in den Dokumenteigenschaften ein",
    ],
    quoted: "erwartet: ein PDF mit Dokumenttitel in den Dokumenteigenschaften (Screenreader lesen ihn vor)",
  },
  {
    fixture: "publikation-zu-gross",
    mistake: "PDF larger than the limit the guide states (5 MB)",
    says: ["src/publikationen/jahresbericht-2025-muster.md:6  Feld file", "erwartet: ein PDF mit höchstens 5 MB", 'erhalten: "jahresbericht-2025-muster.pdf" mit 5,5 MB', "Verkleinern Sie das PDF"],
    quoted: "erwartet: ein PDF mit höchstens 5 MB, damit es auch unterwegs auf dem Handy lädt",
  },
  {
    fixture: "drei-fehler-zwei-dateien",
    mistake: "three mistakes in two files, reported together and sorted",
    says: ["3 Probleme gefunden", "src/anfahrt.md:6", "src/presse.md:2  Feld titel", "src/presse.md:4  Feld updated"],
    quoted: "Der Build wurde angehalten: 3 Probleme gefunden.",
    count: 3,
  },
  // Hostile input (issue 19): each class of harm, crash and wrong blame once.
  {
    fixture: "permalink-ausserhalb",
    mistake: "a permalink with .. out of the output folder, and a data file next to a page that sets one",
    says: [
      "src/kontakt.11tydata.json  Feld permalink",
      'erhalten: das unbekannte Feld "permalink"',
      "Eine Datendatei neben den Seiten darf nur layout setzen.",
      "src/presse.md:4  Feld permalink",
      'erhalten: "../../sez-entkommen/index.html"',
      "Eine Adresse darf nicht mit .. oder . aus dem Ausgabeordner herausführen",
    ],
    quoted: "Eine Adresse darf nicht mit .. oder . aus dem Ausgabeordner herausführen",
    count: 2,
    absent: ["../sez-entkommen", "../_data/topics.yaml/index.html"],
  },
  {
    fixture: "vorspann-javascript",
    mistake: "front matter in JavaScript (---js), which Eleventy would run",
    says: ["src/presse.md:1", "erhalten: keinen Vorspann", "Beginnen Sie die Datei mit einer Zeile ---"],
    quoted: "erwartet: einen Vorspann zwischen zwei Zeilen mit ---",
    absent: ["../sez-js-lief"],
  },
  {
    fixture: "interne-adresse-fremd",
    mistake: "footer links in site.yaml to //evil.example/login and /\\evil.example/",
    says: ["_data/site.yaml:26  Feld footer[0].url", 'erhalten: "//evil.example/login"', "Die Adresse führt auf eine fremde Website", "_data/site.yaml:28  Feld footer[1].url"],
    quoted: "Die Adresse führt auf eine fremde Website (// oder \\ am Anfang).",
    count: 2,
  },
  {
    fixture: "svg-mit-skript",
    mistake: "the icon SVG (shipped as /favicon.svg) with onload= and <script>",
    says: [
      "assets/icons/sez.svg:1",
      "erhalten: das Attribut onload= (Programmcode)",
      "assets/icons/sez.svg:4",
      "erhalten: ein <script>-Element (Programmcode)",
      "ohne Skripte, Links und eingebettete Dateien",
    ],
    quoted: "erwartet: eine SVG-Grafik, die nur zeichnet (Formen, Pfade, Farben, Text)",
    count: 2,
  },
  {
    fixture: "austausch-unterbrochen",
    mistake: "the last build crashed between the two renames of the swap (no _site/), and this one fails",
    setup: (project) => {
      cpSync(path.join(project, "_site"), path.join(project, ".site-next"), { recursive: true });
      renameSync(path.join(project, "_site"), path.join(project, ".site-previous"));
      writeFileSync(path.join(project, ".site-swap"), "begonnen\n");
    },
    notes: ["Der letzte Build wurde beim Austausch von _site/ unterbrochen; der Austausch ist jetzt abgeschlossen"],
    says: ["src/presse.md:3", "gültiges YAML"],
    quoted: "Der letzte Build wurde beim Austausch von _site/ unterbrochen",
  },
  {
    fixture: "mail-kaputt",
    mistake: "e-mail links [uns](mailto:info) and one with %FC copied from the old site",
    says: [
      "src/presse.md:7",
      "den E-Mail-Link „uns“ auf mailto:info: keine vollständige E-Mail-Adresse",
      "src/presse.md:7",
      "ein Prozent-Code (%FC), der für kein Zeichen steht",
      "[Schreiben Sie uns](mailto:info@sez.de)",
    ],
    quoted: "der für kein Zeichen steht (oft aus einer alten Webseite kopiert)",
    count: 2,
  },
  {
    fixture: "yaml-verweisbombe",
    mistake: "a YAML alias bomb in front matter",
    says: ["src/presse.md:2", "erhalten: sehr viele verschachtelte Verweise (*name)", "Schreiben Sie jeden Wert aus"],
    quoted: "erhalten: sehr viele verschachtelte Verweise (*name), die sich beim Lesen vervielfachen",
  },
  {
    fixture: "foto-kaputt",
    mistake: "a photo whose header reads fine but whose data is cut off",
    says: ["_data/images.yaml:", "Feld [4].file", "erhalten: assets/images/startseite.jpg, die sich nicht als Bild lesen lässt", 'Exportieren Sie das Foto "startseite" neu als JPEG'],
    quoted: "die sich nicht als Bild lesen lässt (beschädigt oder kein Bild)",
  },
  {
    fixture: "adresse-belegt",
    mistake: "permalinks onto files the build writes itself (pagefind/) and index.html, which is /",
    says: [
      "src/anfahrt.md:4  Feld permalink",
      "erwartet: eine Adresse, die keine Datei belegt, die der Build selbst erzeugt",
      "„pagefind“ erzeugt der Build selbst",
      "src/presse.md:4  Feld permalink",
      "erhalten: die Adresse /index.html, die auch src/index.md hat",
    ],
    quoted: "erwartet: eine Adresse, die keine Datei belegt, die der Build selbst erzeugt",
    count: 2,
  },
  {
    fixture: "build-laeuft-schon",
    mistake: "another build holds the lock",
    says: [".build.lock", "erhalten: ein anderer Build läuft (Prozess 1", "Warten Sie, bis der andere Build fertig ist"],
    quoted: "erhalten: ein anderer Build läuft",
  },
  {
    fixture: "falsche-schuld",
    mistake: "a topic page's own permalink, a field written twice, an unquoted phone number: each blamed where it stands",
    says: [
      "_data/contacts.yaml:20  Feld [2].phone",
      "Setzen Sie den Wert in Anführungszeichen",
      "src/presse.md:4",
      "ein Feld steht doppelt",
      "Das Feld „title“ steht in diesem Abschnitt zweimal.",
      "src/themen/fairer-handel.md:2  Feld permalink",
      "erwartet: kein permalink bei Themenseiten",
    ],
    quoted: "Setzen Sie den Wert in Anführungszeichen, so wie er gemeint ist",
    count: 3,
  },
];

let tmp = "";
let base = "";
let baseHash = "";

/**
 * Runs the production build on a copy of the good project with a fixture laid over it: the
 * command of `npm run build`, without npm's own start (the good project is built through npm).
 */
async function buildWith(fixture: string): Promise<{ result: RunResult; project: string }> {
  const project = path.join(tmp, fixture);
  cloneProject(base, project);
  applyFixture(path.join(ROOT, "tests/fixtures", fixture), project);
  CATALOGUE.find((mistake) => mistake.fixture === fixture)?.setup?.(project);
  const [command, args] = buildCommand(project);
  return { result: await run(command, args, project), project };
}

before(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "sez-mistakes-"));
  base = path.join(tmp, "base");
  copyProject(base);
  const { code, stderr } = await run("npm", ["run", "--silent", "build"], base);
  assert.equal(code, 0, `the good project must build:\n${stderr}`);
  baseHash = hashTree(path.join(base, "_site"));
});

after(() => rmSync(tmp, { recursive: true, force: true }));

describe("every editor mistake stops the build with its own message and leaves _site/ untouched", { concurrency: 2 }, () => {
  for (const mistake of CATALOGUE) {
    it(`${mistake.fixture}: ${mistake.mistake}`, { timeout: 120_000 }, async () => {
      const { result, project } = await buildWith(mistake.fixture);
      const output = result.stderr;
      assert.notEqual(result.code, 0, `the build must fail:\n${result.stdout}\n${output}`);
      const count = mistake.count ?? 1;
      assert.match(output, new RegExp(`Der Build wurde angehalten: ${count === 1 ? "1 Problem" : `${count} Probleme`} gefunden\\. Die zuletzt veröffentlichte Fassung bleibt unverändert\\.`));
      let from = 0;
      for (const part of mistake.says) {
        const at = output.indexOf(part, from);
        assert.ok(at >= 0, `the message must contain (in this order) ${JSON.stringify(part)}:\n${output}`);
        from = at;
      }
      for (const note of mistake.notes ?? []) assert.ok(result.stdout.includes(note), `the build must say ${JSON.stringify(note)}:\n${result.stdout}`);
      assert.ok(`${result.stdout}${output}`.includes(mistake.quoted), `the line quoted in docs/redaktion.md must be in the message: ${mistake.quoted}`);
      for (const absent of mistake.absent ?? []) assert.equal(existsSync(path.join(project, absent)), false, `nothing may be written to ${absent}`);
      assert.doesNotMatch(output, /\[11ty\]|stack trace|\n\s+at /, "the validation stops before Eleventy runs and prints no stack trace");
      assert.equal(hashTree(path.join(project, "_site")), baseHash, "_site/ must stay byte for byte as it was");
      assert.equal(existsSync(path.join(project, ".site-next")), false, "no half-built output may remain");
    });
  }
});

describe("the same harness sees a changed _site/, and drafts stay out of it", { concurrency: 2 }, () => {
  it("a valid new page builds and appears in _site/", { timeout: 120_000 }, async () => {
    const { result, project } = await buildWith("ok-neue-seite");
    assert.equal(result.code, 0, result.stderr);
    assert.ok(existsSync(path.join(project, "_site/presse/index.html")));
    assert.notEqual(hashTree(path.join(project, "_site")), baseHash);
  });
  it("a news article dated after today builds, is held back like a draft, and the build says so", { timeout: 120_000 }, async () => {
    const { result, project } = await buildWith("ok-meldung-zukunft");
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      `${result.stdout}\n${result.stderr}`,
      /src\/aktuelles\/2099\/partnerschaft\.md:3 {2}Feld date[\s\S]*eine Meldung mit dem Datum 2099-01-15: Sie wird bis dahin zurückgehalten wie ein Entwurf/,
    );
    assert.equal(existsSync(path.join(project, "_site/aktuelles/2099")), false);
    assert.doesNotMatch(readFileSync(path.join(project, "_site/aktuelles/feed.xml"), "utf8"), /Neue Partnerschaft/);
    assert.doesNotMatch(readFileSync(path.join(project, "_site/sitemap.xml"), "utf8"), /2099/);
  });
  it("a page saved with Windows line endings (CRLF) is read as written: its draft: true keeps it out", { timeout: 120_000 }, async () => {
    const { result, project } = await buildWith("ok-zeilenenden-crlf");
    assert.equal(result.code, 0, result.stderr);
    assert.equal(existsSync(path.join(project, "_site/presse")), false);
    assert.doesNotMatch(readFileSync(path.join(project, "_site/sitemap.xml"), "utf8"), /\/presse\//);
  });
  it("a lock left by a build that was killed is taken over, and the build says so", { timeout: 120_000 }, async () => {
    const { result, project } = await buildWith("ok-alte-sperre");
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Eine alte Build-Sperre \(Prozess 2147483646, beendet\) wurde entfernt\./);
    assert.equal(existsSync(path.join(project, ".build.lock")), false, "the build gives the lock back");
  });
  it("draft pages and draft topics build but are left out of _site/ and the topic overview", { timeout: 120_000 }, async () => {
    const { result, project } = await buildWith("ok-entwurf");
    assert.equal(result.code, 0, result.stderr);
    assert.equal(existsSync(path.join(project, "_site/jahresbericht")), false);
    assert.equal(existsSync(path.join(project, "_site/themen/fairer-handel/weltlaeden")), false);
    for (const page of ["themen/index.html", "themen/fairer-handel/index.html", "index.html"]) {
      assert.doesNotMatch(readFileSync(path.join(project, "_site", page), "utf8"), /Weltläden im Land|\/weltlaeden\/|href="\/jahresbericht\/"/i, page);
    }
  });
});

describe("docs/redaktion.md", () => {
  it("quotes the message of every case in the catalogue", () => {
    const docs = readFileSync(path.join(ROOT, "docs/redaktion.md"), "utf8");
    for (const mistake of CATALOGUE) {
      assert.ok(docs.includes(mistake.quoted), `docs/redaktion.md must quote ${JSON.stringify(mistake.quoted)} (${mistake.fixture})`);
    }
  });
});
