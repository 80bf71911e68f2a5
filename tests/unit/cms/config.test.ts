import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { Ajv } from "ajv";
import type { Field } from "../../../lib/cms/sveltia-types.ts";
import { z } from "zod";
import { cmsConfig, contentCollection, fieldFor, jsonSchemaOf, labelOf } from "../../../lib/cms/config.ts";
import { DATA_FILES } from "../../../lib/cms/data-files.ts";
import { CONTENT_TYPES } from "../../../lib/content/index.ts";
import { defineContentType } from "../../../lib/content/types.ts";
import { PageFrontMatterSchema } from "../../../lib/schemas/page.ts";

const settings = { backend: { name: "github" as const, repo: "sez/website", branch: "main" }, siteUrl: "https://www.sez.de" };
const config = cmsConfig(settings);

type Named = { name: string; widget?: string; fields?: Named[]; field?: Named };
const collections = config.collections as unknown as Array<{ name: string; folder?: string; fields?: Named[]; files?: Array<{ name: string; fields: Named[] }> }>;

/** Every field name of a JSON Schema object, with nested objects and lists of objects. */
function schemaFields(schema: ReturnType<typeof jsonSchemaOf>, prefix = ""): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const nested = property.type === "array" ? property.items : property;
    return [`${prefix}${name}`, ...(nested?.type === "object" ? schemaFields(nested, `${prefix}${name}.`) : [])];
  });
}

/** Every form field name with its widget, nested like {@link schemaFields}. */
function formFields(fields: readonly Named[], prefix = ""): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const field of fields) {
    out.set(`${prefix}${field.name}`, field.widget);
    for (const [name, widget] of formFields(field.fields ?? [], `${prefix}${field.name}.`)) out.set(name, widget);
  }
  return out;
}

test("the generated config is valid against Sveltia CMS's own JSON Schema", () => {
  const schema = JSON.parse(readFileSync("node_modules/@sveltia/cms/schema/sveltia-cms.json", "utf8"));
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    formats: {
      regex: (s: string) => {
        try {
          new RegExp(s);
          return true;
        } catch {
          return false;
        }
      },
      uri: true,
    },
  });
  const validate = ajv.compile(schema);
  assert.ok(validate(config), JSON.stringify(validate.errors, null, 1));
});

test("every content type is a folder collection with its folder and German label", () => {
  for (const type of CONTENT_TYPES) {
    const collection = collections.find((c) => c.name === type.id);
    assert.ok(collection, type.id);
    assert.equal(collection.folder, type.folder);
  }
  assert.deepEqual(
    collections.find((c) => c.name === "daten")?.files?.map((f) => f.name),
    DATA_FILES.map((f) => f.name),
  );
});

test("every schema field of every type and data file has a widget in the form", () => {
  for (const type of CONTENT_TYPES) {
    const form = formFields(collections.find((c) => c.name === type.id)!.fields!);
    for (const name of schemaFields(jsonSchemaOf(type.schema))) {
      if (type.editing?.omit?.includes(name) || type.refusedFields?.includes(name)) continue;
      assert.ok(form.get(name), `${type.id}: ${name} hat kein Formularfeld`);
    }
  }
  for (const file of DATA_FILES) {
    const form = formFields(collections.find((c) => c.name === "daten")!.files!.find((f) => f.name === file.name)!.fields);
    const schema = jsonSchemaOf(file.schema);
    const names = schema.type === "array" ? schemaFields(schema.items!, "items.") : schemaFields(schema);
    for (const name of names) assert.ok(form.get(name), `${file.file}: ${name} hat kein Formularfeld`);
  }
});

test("a field added to a schema appears in the generated form, and a new type needs no change in lib/cms", () => {
  const news = defineContentType({
    ...CONTENT_TYPES[0]!,
    id: "news",
    label: { one: "Meldung", many: "Aktuelles" },
    folder: "src/aktuelles",
    schema: PageFrontMatterSchema.extend({ date: z.string().describe("ein Datum").meta({ format: "date" }), location: z.string().min(1).optional() }),
  });
  const collection = contentCollection(news) as unknown as { name: string; folder: string; label: string; fields: Named[] };
  assert.equal(collection.folder, "src/aktuelles");
  assert.equal(collection.label, "Aktuelles");
  assert.equal(formFields(collection.fields).get("date"), "datetime");
  assert.equal(formFields(collection.fields).get("location"), "string");
});

test("schema rules become the form's rules", () => {
  const ctx = { references: {}, require: new Set<string>() };
  const slug = fieldFor(
    "id",
    jsonSchemaOf(
      z.object({
        id: z
          .string()
          .regex(/^[a-z]+$/)
          .describe("eine Kennung"),
      }),
    ).properties!.id!,
    true,
    ctx,
  ) as Field & { pattern: [string, string] };
  assert.equal(slug.pattern[0], "^[a-z]+$");
  assert.match(slug.pattern[1], /eine Kennung/);
  const order = fieldFor("order", jsonSchemaOf(z.object({ order: z.number().int().min(0) })).properties!.order!, true, ctx) as Field & { min: number; value_type: string };
  assert.equal(order.min, 0);
  assert.equal(order.value_type, "int");
  const kind = fieldFor("kind", jsonSchemaOf(z.object({ kind: z.enum(["a", "b"]) })).properties!.kind!, true, ctx) as Field & { options: string[] };
  assert.deepEqual(kind.options, ["a", "b"]);
  const page = collections.find((c) => c.name === "page")!;
  const contacts = page.fields!.find((f) => f.name === "contacts") as unknown as { widget: string; multiple: boolean; file: string };
  assert.deepEqual([contacts.widget, contacts.multiple, contacts.file], ["relation", true, "contacts"]);
  const title = page.fields!.find((f) => f.name === "title") as unknown as { required: boolean };
  assert.equal(title.required, true, "a page requires its title (its check does)");
  assert.equal(
    collections.find((c) => c.name === "topic")!.fields!.some((f) => f.name === "title"),
    false,
    "topics take their title from the data",
  );
});

test("photos: an entry needs alt and caption, offers credit, licence and the stand-in mark, and its file is an upload into assets/images/", () => {
  const images = collections.find((c) => c.name === "daten")!.files!.find((f) => f.name === "images")!;
  const fields = (images.fields[0] as unknown as { fields: Array<{ name: string; widget: string; required: boolean; media_folder?: string }> }).fields;
  for (const name of ["alt", "caption"]) assert.equal(fields.find((f) => f.name === name)?.required, true, name);
  // A photo needs both, a painted stand-in must have neither: the build checks which (lib/schemas/image.ts).
  for (const name of ["credit", "license", "standIn"]) assert.equal(fields.find((f) => f.name === name)?.required, false, name);
  const file = fields.find((f) => f.name === "file")!;
  assert.equal(file.widget, "image");
  assert.equal(file.media_folder, "/assets/images");
});

test("ASCII German slugs and no empty optional fields", () => {
  assert.deepEqual(config.slug, { encoding: "ascii", clean_accents: true });
  assert.deepEqual(config.output, { omit_empty_optional_fields: true });
});

test("labels: every field of the schemas has a German label", () => {
  const all = [...CONTENT_TYPES.map((t) => jsonSchemaOf(t.schema)), ...DATA_FILES.map((f) => jsonSchemaOf(f.schema))];
  const unlabelled = new Set<string>();
  for (const schema of all) {
    const root = schema.type === "array" ? schema.items! : schema;
    for (const name of schemaFields(root)) {
      const last = name.split(".").at(-1)!;
      if (labelOf(last, {}) === last) unlabelled.add(last);
    }
  }
  assert.deepEqual([...unlabelled], []);
});

test("news and events go into the folder of their year; refused fields are not offered, the sample mark is a checkbox", () => {
  const byName = (name: string) => collections.find((c) => c.name === name) as unknown as { path?: string; fields: Named[] };
  assert.equal(byName("news").path, "{{fields.date | date('YYYY')}}/{{slug}}");
  assert.equal(byName("event").path, "{{fields.start | date('YYYY')}}/{{slug}}");
  assert.equal(byName("page").path, undefined);
  for (const type of CONTENT_TYPES) {
    const form = formFields(byName(type.id).fields);
    for (const name of type.refusedFields ?? []) assert.equal(form.has(name), false, `${type.id}: ${name}`);
    // Visible, so an editor who replaces a sample text clears it; never a hidden default.
    assert.equal(form.get("sample"), "boolean", `${type.id}: sample`);
  }
});
