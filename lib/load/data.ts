/**
 * Loads and validates the editor-maintained data files in `_data/` (YAML), including the
 * references between them. `_data/*.ts` export what this returns, and the source validator
 * reports its problems together with those of the pages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { draftTopicSlugs, unpublishedTopics } from "./drafts.ts";
import { runMode } from "./run-mode.ts";
import { ProblemsError, type Problem } from "../shared/problems.ts";
import { ContactsFileSchema, type Contact } from "../schemas/contact.ts";
import { ImagesFileSchema, type ImageCredit } from "../schemas/image.ts";
import { SiteSchema, type Site } from "../schemas/site.ts";
import { TopicsFileSchema } from "../schemas/topic.ts";
import { buildTopicTree, findParentCycle, type TopicNode, type TopicTree } from "../content/topic-tree.ts";
import { IMAGE_DIR } from "../shared/paths.ts";
import { parseYaml } from "../validate/yaml.ts";
import { problemsFromZod } from "../validate/zod-problems.ts";

/** Everything in `_data/`, validated. */
export interface SiteData {
  site: Site;
  contacts: Record<string, Contact>;
  images: Record<string, ImageCredit>;
  /** The published topic tree (in the preview: every topic). */
  topics: TopicTree;
  /** Topics left out of this run because their page (or a parent's) is a draft, with their URLs. */
  unpublishedTopics: Record<string, TopicNode>;
}

/** Options for {@link loadSiteData}. */
export interface LoadOptions {
  /** Keep draft topics in the tree (preview); defaults to the run mode's. */
  drafts?: boolean;
}

export { IMAGE_DIR };

interface Loaded<T> {
  value: T | undefined;
  lineOf: (p: readonly PropertyKey[]) => number | undefined;
}

function loadYamlFile<S extends z.ZodType>(root: string, file: string, schema: S, problems: Problem[]): Loaded<z.infer<S>> {
  const none = { value: undefined, lineOf: () => undefined };
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) {
    problems.push({ file, expected: "diese Datendatei", received: "keine Datei", fix: `Legen Sie ${file} wieder an (siehe docs/redaktion.md).` });
    return none;
  }
  const text = readFileSync(absolute, "utf8");
  const parsed = parseYaml(text, file);
  if ("problems" in parsed) {
    problems.push(...parsed.problems);
    return none;
  }
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    problems.push(...problemsFromZod(result.error, schema, parsed.data, file, parsed.lineOf));
    return { value: undefined, lineOf: parsed.lineOf };
  }
  return { value: result.data, lineOf: parsed.lineOf };
}

/** Reports entries whose key repeats an earlier one. */
function checkUnique<T>(items: readonly T[], key: keyof T & string, file: string, lineOf: Loaded<unknown>["lineOf"], problems: Problem[]): void {
  const seen = new Map<unknown, number>();
  items.forEach((item, index) => {
    const value = item[key];
    if (seen.has(value)) {
      problems.push({
        file,
        line: lineOf([index, key]),
        field: `[${index}].${key}`,
        expected: `eine ${key}, die in dieser Datei nur einmal vorkommt`,
        received: `"${String(value)}", schon vergeben an Eintrag [${seen.get(value)}]`,
        fix: `Geben Sie einem der beiden Einträge eine andere ${key}.`,
      });
    } else seen.set(value, index);
  });
}

/**
 * Reads `_data/*.yaml` below `root`, validates each file and the references between them.
 * Returns the data (where valid) and every problem found.
 *
 * @example
 * const { data, problems } = loadSiteData(process.cwd());
 * if (problems.length) console.error(formatProblems(problems));
 */
export function loadSiteData(root: string, options: LoadOptions = {}): { data: SiteData | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const site = loadYamlFile(root, "_data/site.yaml", SiteSchema, problems);
  const contacts = loadYamlFile(root, "_data/contacts.yaml", ContactsFileSchema, problems);
  const images = loadYamlFile(root, "_data/images.yaml", ImagesFileSchema, problems);
  const topics = loadYamlFile(root, "_data/topics.yaml", TopicsFileSchema, problems);

  const imageIds = new Set(images.value?.map((i) => i.id));
  const missingImage = (file: string, lineOf: Loaded<unknown>["lineOf"], at: PropertyKey[], id: string): void => {
    if (images.value && !imageIds.has(id)) {
      problems.push({
        file,
        line: lineOf(at),
        field: at
          .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
          .join("")
          .replace(/^\./, ""),
        expected: "die Kennung eines Bildes aus _data/images.yaml",
        received: `"${id}", das es dort nicht gibt`,
        fix: `Tragen Sie das Bild "${id}" mit Alternativtext und Bildnachweis in _data/images.yaml ein oder verwenden Sie eine vorhandene Kennung.`,
      });
    }
  };

  if (images.value) {
    checkUnique(images.value, "id", "_data/images.yaml", images.lineOf, problems);
    images.value.forEach((image, index) => {
      if (!existsSync(path.join(root, IMAGE_DIR, image.file))) {
        problems.push({
          file: "_data/images.yaml",
          line: images.lineOf([index, "file"]),
          field: `[${index}].file`,
          expected: `eine vorhandene Bilddatei in ${IMAGE_DIR}/`,
          received: `"${image.file}", die es dort nicht gibt`,
          fix: `Legen Sie die Datei ${IMAGE_DIR}/${image.file} an oder korrigieren Sie den Dateinamen (Groß-/Kleinschreibung beachten).`,
        });
      }
      if (image.alt.trim() !== "" && !image.caption) {
        problems.push({
          file: "_data/images.yaml",
          line: images.lineOf([index]),
          field: `[${index}].caption`,
          expected: 'eine Bildunterschrift für jedes Inhaltsbild (nur Schmuckbilder mit alt: "" brauchen keine)',
          received: "nichts (Feld fehlt)",
          fix: `Ergänzen Sie "caption:" für das Bild "${image.id}".`,
        });
      }
    });
  }
  if (site.value) {
    missingImage("_data/site.yaml", site.lineOf, ["ogImage"], site.value.ogImage);
    if (!existsSync(path.join(root, site.value.icon))) {
      problems.push({
        file: "_data/site.yaml",
        line: site.lineOf(["icon"]),
        field: "icon",
        expected: "eine vorhandene SVG-Datei",
        received: `"${site.value.icon}", die es nicht gibt`,
        fix: `Legen Sie die Datei ${site.value.icon} an oder korrigieren Sie den Pfad.`,
      });
    }
  }
  if (contacts.value) {
    checkUnique(contacts.value, "id", "_data/contacts.yaml", contacts.lineOf, problems);
    contacts.value.forEach((contact, index) => {
      if (contact.photo) missingImage("_data/contacts.yaml", contacts.lineOf, [index, "photo"], contact.photo);
    });
  }
  if (topics.value) {
    checkUnique(topics.value, "slug", "_data/topics.yaml", topics.lineOf, problems);
    const slugs = new Set(topics.value.map((t) => t.slug));
    topics.value.forEach((topic, index) => {
      if (topic.image) missingImage("_data/topics.yaml", topics.lineOf, [index, "image"], topic.image);
      if (topic.parent && !slugs.has(topic.parent)) {
        problems.push({
          file: "_data/topics.yaml",
          line: topics.lineOf([index, "parent"]),
          field: `[${index}].parent`,
          expected: "die slug eines anderen Themas aus dieser Datei",
          received: `"${topic.parent}", das es nicht gibt`,
          fix: `Korrigieren Sie "parent" oder legen Sie das Thema "${topic.parent}" an. Ohne "parent" steht das Thema direkt unter "Themen".`,
        });
      }
    });
    const cycle = findParentCycle(topics.value);
    if (cycle) {
      problems.push({
        file: "_data/topics.yaml",
        line: topics.lineOf([topics.value.findIndex((t) => t.slug === cycle[0]), "parent"]),
        field: "parent",
        expected: "einen Themenbaum ohne Kreis",
        received: `den Kreis ${cycle.join(" → ")}`,
        fix: "Ein Thema darf nicht (über Umwege) sein eigenes übergeordnetes Thema sein. Korrigieren Sie eines der parent-Felder.",
      });
    }
  }

  if (problems.length > 0 || !site.value || !contacts.value || !images.value || !topics.value) return { data: undefined, problems };
  const allTopics = topics.value;
  const hidden =
    (options.drafts ?? runMode().drafts)
      ? new Set<string>()
      : unpublishedTopics(
          allTopics,
          draftTopicSlugs(
            root,
            allTopics.map((t) => t.slug),
          ),
        );
  const fullTree = buildTopicTree(allTopics);
  return {
    data: {
      site: site.value,
      contacts: Object.fromEntries(contacts.value.map((c) => [c.id, c])),
      images: Object.fromEntries(images.value.map((i) => [i.id, i])),
      topics: hidden.size === 0 ? fullTree : buildTopicTree(allTopics.filter((t) => !hidden.has(t.slug))),
      unpublishedTopics: Object.fromEntries([...hidden].map((slug) => [slug, fullTree.bySlug[slug]!])),
    },
    problems,
  };
}

/** The YAML files {@link loadSiteData} reads. */
const DATA_FILES = ["_data/site.yaml", "_data/contacts.yaml", "_data/images.yaml", "_data/topics.yaml"];

/**
 * A fingerprint of everything {@link loadSiteData} reads: size and modification time of the
 * data files and the names in the image folder. Equal fingerprints mean equal results.
 *
 * @example
 * dataFingerprint(process.cwd()) // => "_data/site.yaml:912:1732467000000|...|bildungsarbeit.jpg,..."
 */
export function dataFingerprint(root: string): string {
  const files = DATA_FILES.map((file) => {
    try {
      const stat = statSync(path.join(root, file));
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return `${file}:-`;
    }
  });
  let images: string[] = [];
  try {
    images = readdirSync(path.join(root, IMAGE_DIR)).sort();
  } catch {
    images = [];
  }
  return `${files.join("|")}|${images.join(",")}`;
}

/**
 * Makes a value and everything inside it read-only. Frozen data is also shared, not copied:
 * Eleventy's data cascade deep-copies plain objects into every page's data unless they are
 * frozen, which for a tree of 4,000 topics meant 4,000 copies of it.
 *
 * @example
 * deepFreeze({ a: { b: 1 } }).a.b = 2 // throws in strict mode
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

let cached: { root: string; drafts: boolean; fingerprint: string; result: ReturnType<typeof loadSiteData> } | undefined;

/**
 * {@link loadSiteData}, read again only when a data file or the image folder changed (a
 * build calls it from the validator, the data files and the layouts; a watch rebuild after a
 * Markdown edit should not parse 4,000 topics again). The data is deeply frozen.
 *
 * @example
 * loadSiteDataCached(root) === loadSiteDataCached(root) // => true while nothing changed
 */
export function loadSiteDataCached(root: string, options: LoadOptions = {}): ReturnType<typeof loadSiteData> {
  const drafts = options.drafts ?? runMode().drafts;
  const fingerprint = dataFingerprint(root);
  if (cached?.root === root && cached.drafts === drafts && cached.fingerprint === fingerprint && process.env.SEZ_DATA_CACHE !== "off") return cached.result;
  const result = loadSiteData(root, { drafts });
  deepFreeze(result.data);
  cached = { root, drafts, fingerprint, result };
  return result;
}

/**
 * The validated, frozen data for `_data/*.ts` and the layouts; throws a {@link ProblemsError}
 * listing every problem. Returns what the last validation loaded (every build validates
 * first), without looking at the files again: layouts call this for every page.
 */
export function siteData(root = process.cwd()): SiteData {
  const { data, problems } = cached?.root === root && process.env.SEZ_DATA_CACHE !== "off" ? cached.result : loadSiteDataCached(root);
  if (!data) throw new ProblemsError(problems);
  return data;
}
