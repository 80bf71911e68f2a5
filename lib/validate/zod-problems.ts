/**
 * Turns zod issues into editor-facing {@link Problem}s. The "expected" text comes from the
 * schema itself (each field's `.describe()`), so schema and message cannot drift apart.
 */
import type { z } from "zod";
import { describeValue, formatPath, type Problem } from "../shared/problems.ts";
import { closestMatch } from "./suggest.ts";

/** Extra data a schema refinement attaches to a custom issue (via `params`). */
export interface CustomIssueParams {
  /** What the editor should do. */
  fix?: string;
  /** What was found, if the default description of the input is not telling enough. */
  received?: string;
}

type AnySchema = z.core.$ZodType;

/**
 * Finds the schema that validates the value at `path` (looking through optional, default,
 * pipe and array wrappers), so its description can explain what was expected.
 */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    current = current && unwrap(current);
    if (!current) return undefined;
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === "object" && typeof key === "string") current = (def.shape as Record<string, AnySchema>)[key];
    else if (def.type === "array" && typeof key === "number") current = def.element as AnySchema;
    else if (def.type === "record") current = def.valueType as AnySchema;
    else return undefined;
  }
  return current;
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(def.type as string)) {
      current = def.innerType as AnySchema;
    } else if (def.type === "pipe") {
      current = def.in as AnySchema;
    } else break;
  }
  return current;
}

/** The `.describe()` text of a schema, looking through wrappers. */
export function descriptionOf(schema: AnySchema | undefined): string | undefined {
  let current = schema;
  for (let i = 0; current && i < 10; i++) {
    const text = (current as { description?: string }).description;
    if (text) return text;
    const def = current._zod.def as unknown as Record<string, unknown>;
    current = (def.innerType ?? def.in) as AnySchema | undefined;
  }
  return undefined;
}

/** Names of the keys an object schema at `path` allows. */
function allowedKeys(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(schema, path);
  if (!at) return [];
  const def = unwrap(at)._zod.def as unknown as Record<string, unknown>;
  return def.type === "object" ? Object.keys(def.shape as object) : [];
}

/**
 * The allowed key closest to a misspelt one, if it is close enough to be a typo.
 *
 * @example
 * closestKey("titel", ["title", "description"]) // => "title"
 */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  return closestMatch(key, allowed, { lettersPerEdit: 3, minimum: 2 });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Converts every issue of a failed parse into a problem with file, line, field, expected,
 * received and fix.
 *
 * @param fieldPrefix prepended to paths, e.g. the list name of a data file.
 * @example
 * const result = ContactsSchema.safeParse(data);
 * if (!result.success) problemsFromZod(result.error, ContactsSchema, data, "_data/contacts.yaml", parsed.lineOf);
 */
export function problemsFromZod(error: z.core.$ZodError, schema: AnySchema, data: unknown, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    const received = valueAt(data, path);
    const description = descriptionOf(schemaAt(schema, path));
    const params = (issue as { params?: CustomIssueParams }).params ?? {};

    if (issue.code === "unrecognized_keys") {
      const allowed = allowedKeys(schema, path);
      for (const key of issue.keys) {
        const guess = closestKey(key, allowed);
        problems.push({
          file,
          line: lineOf([...path, key]),
          field: formatPath([...path, key]),
          expected: `nur diese Felder: ${allowed.join(", ")}`,
          received: `das unbekannte Feld "${key}"`,
          fix: guess ? `Meinten Sie "${guess}"? Benennen Sie das Feld "${key}" in "${guess}" um.` : `Entfernen Sie das Feld "${key}" oder benennen Sie es in eines der erlaubten Felder um.`,
        });
      }
      continue;
    }

    const field = formatPath(path);
    const missing = issue.code === "invalid_type" && received === undefined;
    // YAML reads an unquoted 0711 2102940 or +49711... as a number (and drops + and leading 0).
    const unquoted = issue.code === "invalid_type" && (issue as { expected?: string }).expected === "string" && (typeof received === "number" || typeof received === "boolean");
    const expected = issue.code === "custom" ? issue.message : (description ?? issue.message);
    problems.push({
      file,
      line: lineOf(path),
      field,
      expected,
      received: params.received ?? (missing ? "nichts (Feld fehlt)" : describeValue(received)),
      fix:
        params.fix ??
        (unquoted
          ? `Setzen Sie den Wert in Anführungszeichen, so wie er gemeint ist, z. B. ${String(path.at(-1) ?? "feld")}: "${String(path.at(-1)) === "phone" ? "+497112102940" : String(received)}". Ohne Anführungszeichen liest YAML ihn als ${typeof received === "number" ? "Zahl (ein + oder eine führende 0 gehen dabei verloren)" : "Ja/Nein-Wert"}.`
          : missing
            ? `Ergänzen Sie das Pflichtfeld "${String(path.at(-1) ?? field)}".`
            : `Korrigieren Sie den Wert von "${field || "dieser Datei"}" so, dass er der Erwartung entspricht.`),
    });
  }
  return problems;
}
