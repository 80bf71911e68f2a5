import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { IsoDate, PhoneE164, Slug } from "../../../lib/schemas/common.ts";
import { ContactSchema } from "../../../lib/schemas/contact.ts";
import { ImageSchema } from "../../../lib/schemas/image.ts";
import { PageFrontMatterSchema } from "../../../lib/schemas/page.ts";
import { TopicSchema } from "../../../lib/schemas/topic.ts";
import { problemsFromZod } from "../../../lib/validate/zod-problems.ts";

const contact = { id: "nicole-kimmel", name: "Nicole Kimmel", role: "KEZ", phone: "+497112102940", email: "kimmel@sez.de" };

describe("common fields", () => {
  it("accepts real dates and rejects impossible or German-format ones", () => {
    assert.equal(IsoDate.safeParse("2013-02-11").success, true);
    assert.equal(IsoDate.safeParse("2013-02-31").success, false);
    const german = IsoDate.safeParse("11.02.2013");
    assert.equal(german.success, false);
    assert.match(JSON.stringify(german.error?.issues), /2013-02-11/);
  });
  it("accepts E.164 phone numbers only", () => {
    assert.equal(PhoneE164.safeParse("+497112102940").success, true);
    assert.equal(PhoneE164.safeParse("0711 / 2 10 29-40").success, false);
    assert.equal(PhoneE164.safeParse("+4900").success, false);
  });
  it("accepts slugs without umlauts or spaces", () => {
    assert.equal(Slug.safeParse("kommunale-partnerschaften").success, true);
    assert.equal(Slug.safeParse("Städte Partner").success, false);
  });
});

describe("data schemas", () => {
  it("validate a contact and reject unknown keys", () => {
    assert.equal(ContactSchema.safeParse(contact).success, true);
    assert.equal(ContactSchema.safeParse({ ...contact, telefon: "+497112102940" }).success, false);
  });
  it("require an email for a contact", () => {
    const { email: _email, ...withoutEmail } = contact;
    assert.equal(ContactSchema.safeParse(withoutEmail).success, false);
  });
  it("allow a decorative image (empty alt) and require credit and licence", () => {
    const image = { id: "deko", file: "deko.jpg", alt: "", credit: "SEZ", license: "CC0" };
    assert.equal(ImageSchema.safeParse(image).success, true);
    assert.equal(ImageSchema.safeParse({ ...image, credit: undefined }).success, false);
    assert.equal(ImageSchema.safeParse({ ...image, alt: undefined }).success, false);
  });
  it("default a topic's kind to thema", () => {
    const parsed = TopicSchema.parse({ slug: "a", title: "A", teaser: "Ein Anreißer mit genug Zeichen.", order: 1 });
    assert.equal(parsed.kind, "thema");
  });
});

describe("front matter schema and its messages", () => {
  const valid = { title: "Kontakt", description: "So erreichen Sie die Geschäftsstelle der SEZ in Stuttgart." };
  it("accepts a minimal page", () => assert.equal(PageFrontMatterSchema.safeParse(valid).success, true));
  it("names a typo'd key and suggests the right one", () => {
    const data = { ...valid, titel: "Kontakt" };
    const result = PageFrontMatterSchema.safeParse(data, { reportInput: true });
    assert.equal(result.success, false);
    const [problem] = problemsFromZod(result.error!, PageFrontMatterSchema, data, "src/kontakt.md", () => 2);
    assert.equal(problem!.file, "src/kontakt.md");
    assert.equal(problem!.line, 2);
    assert.equal(problem!.field, "titel");
    assert.match(problem!.received, /unbekannte Feld "titel"/);
    assert.match(problem!.fix, /Meinten Sie "title"\?/);
  });
  it("explains a missing description with the schema's own words", () => {
    const data = { title: "Kontakt" };
    const result = PageFrontMatterSchema.safeParse(data, { reportInput: true });
    const [problem] = problemsFromZod(result.error!, PageFrontMatterSchema, data, "src/kontakt.md");
    assert.equal(problem!.field, "description");
    assert.match(problem!.expected, /Kurzbeschreibung/);
    assert.equal(problem!.received, "nichts (Feld fehlt)");
    assert.match(problem!.fix, /Pflichtfeld "description"/);
  });
  it("shows the wrong value and the fix for a German date", () => {
    const data = { ...valid, updated: "11.02.2013" };
    const result = PageFrontMatterSchema.safeParse(data, { reportInput: true });
    const [problem] = problemsFromZod(result.error!, PageFrontMatterSchema, data, "src/kontakt.md");
    assert.equal(problem!.field, "updated");
    assert.equal(problem!.received, '"11.02.2013"');
    assert.match(problem!.fix, /2013-02-11/);
  });
});

describe("date messages", () => {
  const fixOf = (value: string) => JSON.stringify(IsoDate.safeParse(value).error?.issues);
  it("say which day does not exist, also in German format", () => {
    assert.match(fixOf("2013-02-31"), /Den 31\.02\.2013 gibt es nicht im Kalender/);
    assert.match(fixOf("31.02.2013"), /JJJJ-MM-TT.*Den 31\.02\.2013 gibt es nicht im Kalender/);
    assert.match(fixOf("1.2.2013"), /2013-02-01/);
  });
});
