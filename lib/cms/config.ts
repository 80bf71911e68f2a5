/**
 * The configuration of the editing UI (Sveltia CMS at `/admin/`), computed from the content
 * types (`lib/content/`) and the data schemas (`lib/schemas/`): one source of truth. Every
 * content type becomes a folder collection, every data file of `_data/` a file; each schema
 * field becomes the widget that fits its zod type, with the schema's rules (required,
 * pattern, length, enum, min/max) as the form's validation and its German description as
 * the hint. A new type in `CONTENT_TYPES` or a new field in a schema needs no change here.
 *
 * Pure: schemas in, a plain object out (`lib/cms/admin.ts` writes it into `/admin/`).
 */
import type { CmsConfig, Collection, Field } from "./sveltia-types.ts";
import { z } from "zod";
import { CONTENT_TYPES } from "../content/index.ts";
import type { AnyContentType, ReferenceKind } from "../content/types.ts";
import { IMAGE_LIMITS } from "../validate/images.ts";
import { DATA_FILES, dataFileOf, type DataFile } from "./data-files.ts";
import { FIELD_LABELS } from "./labels.ts";

/** The part of a JSON Schema (draft 2020-12, as zod 4 writes it) that becomes a form field. */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
}

/** Name of the one field that holds a top-level YAML list (`_data/*.yaml` are lists). */
export const ROOT_LIST_FIELD = "items";

/** Where the repository lives and how editors sign in (see README, "Redaktion im Browser"). */
export interface BackendSettings {
  name: "github" | "gitlab" | "gitea";
  /** `owner/name`. */
  repo: string;
  branch: string;
  /** Origin of the OAuth client (e.g. a sveltia-cms-auth worker); GitHub needs one. */
  authUrl?: string | undefined;
  /** API root of a self-hosted GitLab or Forgejo/Gitea. */
  apiRoot?: string | undefined;
}

/** What changes between deployments. */
export interface CmsSettings {
  backend: BackendSettings;
  /** The public site, for the CMS's "view on site" links. */
  siteUrl: string;
}

/**
 * A zod schema as the JSON Schema the form is made from (input side: defaults are optional).
 *
 * @example
 * jsonSchemaOf(z.strictObject({ a: z.string() })).required // => ["a"]
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/**
 * A field's German label: the schema's `title`, else the label table, else its name.
 *
 * @example
 * labelOf("shortTitle", {}) // => "Kurztitel"
 */
export function labelOf(name: string, schema: JsonSchema): string {
  return schema.title ?? FIELD_LABELS[name] ?? name;
}

/**
 * A description from the schema as the hint under a field: the build's "erwartet" line.
 *
 * @example
 * hintOf({ description: "eine Kennung wie marktplatz-ravensburg" }) // => "Erwartet: eine Kennung wie marktplatz-ravensburg"
 */
export function hintOf(schema: JsonSchema): string | undefined {
  return schema.description ? `Erwartet: ${schema.description}` : undefined;
}

/** The relation widget for a field that names entries of a data file by id. */
export function relationField(
  kind: ReferenceKind,
  multiple: boolean,
): Pick<Field & { widget: "relation" }, "widget" | "collection" | "file" | "value_field" | "search_fields" | "display_fields" | "multiple"> {
  const target = dataFileOf(kind);
  const id = target.idField ?? "id";
  const display = target.displayField ?? id;
  return {
    widget: "relation",
    collection: "daten",
    file: target.name,
    value_field: `${ROOT_LIST_FIELD}.*.${id}`,
    search_fields: [`${ROOT_LIST_FIELD}.*.${id}`, `${ROOT_LIST_FIELD}.*.${display}`],
    display_fields: [`${ROOT_LIST_FIELD}.*.${display}`],
    multiple,
  };
}

/** What a field needs to know about its surroundings. */
interface FieldContext {
  references: Partial<Record<string, ReferenceKind>>;
  require: ReadonlySet<string>;
  upload?: DataFile["upload"] | undefined;
}

const typeOf = (schema: JsonSchema): string | undefined => (Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type);

/** The regular expression and the German message of a pattern, as the CMS takes them. */
function patternOf(schema: JsonSchema): { pattern?: [string, string] } {
  return schema.pattern ? { pattern: [schema.pattern, `Bitte so schreiben: ${schema.description ?? schema.pattern}`] } : {};
}

/**
 * One form field for one schema property.
 *
 * @example
 * fieldFor("draft", { type: "boolean" }, false, { references: {}, require: new Set() })
 * // => { name: "draft", label: "Entwurf (nicht veröffentlichen)", widget: "boolean", required: false }
 */
export function fieldFor(name: string, schema: JsonSchema, required: boolean, context: FieldContext): Field {
  const base = { name, label: labelOf(name, schema), ...(hintOf(schema) ? { hint: hintOf(schema) } : {}), required };
  const reference = context.references[name];
  const type = typeOf(schema);
  if (reference) {
    const multiple = type === "array";
    return { ...base, ...relationField(reference, multiple), ...(multiple && schema.minItems ? { min: schema.minItems } : {}) } as Field;
  }
  if (context.upload?.field === name) {
    // The schema stores the bare file name; `choose_url: false`: photos come from our folder, not from other sites.
    return { ...base, widget: "image", accept: context.upload.accept, media_folder: `/${context.upload.folder}`, public_folder: "", choose_url: false } as Field;
  }
  if (schema.const !== undefined) return { name, label: base.label, widget: "hidden", default: schema.const } as Field;
  if (schema.enum) {
    return { ...base, widget: "select", options: schema.enum.map(String), ...(schema.default !== undefined ? { default: schema.default } : {}) } as Field;
  }
  switch (type) {
    case "boolean":
      return { ...base, widget: "boolean", required: false } as Field;
    case "integer":
    case "number":
      return {
        ...base,
        widget: "number",
        value_type: type === "integer" ? "int" : "float",
        ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
        ...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
      } as Field;
    case "array": {
      const items = schema.items ?? {};
      const limits = { ...(schema.minItems ? { min: schema.minItems } : {}), ...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}) };
      if (typeOf(items) === "object") return { ...base, widget: "list", ...limits, fields: fieldsOf(items, { references: {}, require: new Set() }) } as Field;
      return { ...base, widget: "list", ...limits, field: fieldFor("item", items, true, { references: {}, require: new Set() }) } as Field;
    }
    case "object":
      return { ...base, widget: "object", fields: fieldsOf(schema, { references: {}, require: new Set() }) } as Field;
    default:
      break;
  }
  if (schema.format === "date") return { ...base, widget: "datetime", type: "date", format: "YYYY-MM-DD" } as Field;
  const lengths = {
    ...(schema.minLength !== undefined && schema.minLength > 1 ? { minlength: schema.minLength } : {}),
    ...(schema.maxLength !== undefined ? { maxlength: schema.maxLength } : {}),
  };
  // Long texts (descriptions, teasers) get a text area; the build's length limits stay the form's.
  const widget = (schema.maxLength ?? 0) > 120 ? "text" : "string";
  const kind = schema.format === "email" ? { type: "email" } : schema.format === "uri" ? { type: "url" } : {};
  return { ...base, widget, ...(widget === "string" ? kind : {}), ...lengths, ...patternOf(schema) } as Field;
}

/**
 * The form fields of an object schema, in the schema's order.
 *
 * @example
 * fieldsOf(jsonSchemaOf(z.strictObject({ title: z.string() })), { references: {}, require: new Set() })[0].name // => "title"
 */
export function fieldsOf(schema: JsonSchema, context: FieldContext, omit: ReadonlySet<string> = new Set()): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => !omit.has(name))
    .map(([name, property]) => fieldFor(name, property, required.has(name) || context.require.has(name), context));
}

/**
 * The folder collection of a content type: its folder, its German names, its front matter
 * fields and the Markdown text.
 *
 * @example
 * contentCollection(topic).folder // => "src/themen"
 */
export function contentCollection(type: AnyContentType): Collection {
  const editing = type.editing ?? {};
  const schema = jsonSchemaOf(type.schema);
  // Fields the type refuses (its `check` says why) and fields kept from editors are not offered.
  const omit = new Set([...(type.refusedFields ?? []), ...(editing.omit ?? [])]);
  const fields = fieldsOf(schema, { references: type.references ?? {}, require: new Set(editing.require ?? []) }, omit);
  const titled = fields.some((field) => field.name === "title");
  const slug = editing.slug ?? (titled ? "{{title}}" : undefined);
  return {
    name: type.id,
    label: type.label.many,
    label_singular: type.label.one,
    description: type.summary,
    folder: type.folder,
    extension: "md",
    format: "yaml-frontmatter",
    create: true,
    ...(titled ? { identifier_field: "title" } : {}),
    ...(editing.path ? { path: editing.path } : {}),
    // Without a title the editor types the file name (a topic's page is named after its slug).
    slug: slug
      ? { template: slug, editable: ["create"] }
      : { editable: ["create"], pattern: ["^[a-z0-9]+(?:-[a-z0-9]+)*$", "Bitte nur Kleinbuchstaben, Ziffern und Bindestriche, ohne Umlaute (ae, oe, ue, ss)."] },
    fields: [...fields, { name: "body", label: FIELD_LABELS.body ?? "Text", widget: "markdown", modes: ["raw", "rich_text"], required: false } as Field],
  } as Collection;
}

/**
 * The file collection "Daten": one form per file of `_data/`. List files are top-level YAML
 * lists, which Sveltia writes as such with `root: true`.
 */
export function dataCollection(files: readonly DataFile[] = DATA_FILES): Collection {
  return {
    name: "daten",
    label: "Daten",
    description: "Kontakte, Fotos, Themenbaum und Einstellungen der Website (_data/).",
    files: files.map((file) => {
      const schema = jsonSchemaOf(file.schema);
      const context: FieldContext = { references: file.references ?? {}, require: new Set(file.require ?? []), upload: file.upload };
      const fields =
        typeOf(schema) === "array"
          ? [
              {
                name: ROOT_LIST_FIELD,
                label: file.label.many,
                label_singular: file.label.one,
                widget: "list",
                root: true,
                ...(file.displayField ? { summary: `{{fields.${file.displayField}}}` } : {}),
                fields: fieldsOf(schema.items ?? {}, context),
              } as Field,
            ]
          : fieldsOf(schema, context);
      return { name: file.name, label: file.label.many, file: file.file, format: "yaml", fields };
    }),
  } as Collection;
}

/** The backend block for the CMS. */
function backendOf(backend: BackendSettings): CmsConfig["backend"] {
  return {
    name: backend.name,
    repo: backend.repo,
    branch: backend.branch,
    ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
    ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
    commit_messages: {
      create: "{{collection}}: „{{slug}}“ angelegt (Redaktion im Browser)",
      update: "{{collection}}: „{{slug}}“ geändert (Redaktion im Browser)",
      delete: "{{collection}}: „{{slug}}“ gelöscht (Redaktion im Browser)",
      uploadMedia: "Foto „{{path}}“ hochgeladen (Redaktion im Browser)",
      deleteMedia: "Foto „{{path}}“ gelöscht (Redaktion im Browser)",
    },
  } as CmsConfig["backend"];
}

/**
 * The whole configuration, for `CMS.init({ config })`.
 *
 * @example
 * cmsConfig({ backend: { name: "github", repo: "sez/website", branch: "main" }, siteUrl: "https://www.sez.de" })
 *   .collections.map((c) => c.name) // => ["page", "topic", "daten"]
 */
export function cmsConfig(settings: CmsSettings, types: readonly AnyContentType[] = CONTENT_TYPES, files: readonly DataFile[] = DATA_FILES): CmsConfig {
  return {
    load_config_file: false,
    backend: backendOf(settings.backend),
    // Editorial workflow: every change becomes a branch and a pull request (GitHub, GitLab).
    publish_mode: settings.backend.name === "gitea" ? "simple" : "editorial_workflow",
    app_title: "SEZ-Redaktion",
    site_url: settings.siteUrl,
    media_folder: "/assets/images",
    public_folder: "",
    // Uploads only, within the build's size limit; no stock photo services: every photo needs a true credit and licence.
    media_libraries: { default: { config: { max_file_size: IMAGE_LIMITS.bytes, slugify_filename: true } }, stock_assets: { providers: [] } },
    // ASCII file names with German transliteration: "Grüße" becomes "gruesse".
    slug: { encoding: "ascii", clean_accents: true },
    // Empty optional fields are left out instead of written as '' or [] (the schemas refuse those).
    output: { omit_empty_optional_fields: true },
    collections: [...types.map(contentCollection), dataCollection(files)],
  } as CmsConfig;
}
