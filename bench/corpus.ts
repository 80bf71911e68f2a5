/**
 * The benchmark corpus: N pages of German text about development cooperation, with valid
 * front matter, headings, lists, figures, contacts and internal links: topic pages (65 %) with
 * their entries in `_data/topics.yaml` (a tree: roots, children, grandchildren), news (25 %,
 * over ten years) and events (10 %), the mix a foundation's archive grows into. Everything is
 * derived from a seed through a small PRNG, so a corpus of a given size is the same on every
 * machine and every run.
 *
 * `bench/workcopy.ts` writes it into a copy of the project; `npm run bench` builds and measures it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { stringify, parse } from "yaml";
import { headingId } from "../lib/render/markdown.ts";
import type { Topic } from "../lib/schemas/topic.ts";
import { buildTopicTree } from "../lib/content/topic-tree.ts";
import { ACTORS, ADVERBIALS, BW_PLACES, CLAUSES, CONCERNS, GROUP_PREDICATES, GROUPS, HEADINGS, LINK_SENTENCES, OBJECTS, PARTNER_PLACES, TOPIC_NOUNS, VERBS } from "./vocabulary.ts";
import { mulberry32, type Random } from "../lib/shared/random.ts";

/** Default seed of every corpus, so published figures can be reproduced. */
export const DEFAULT_SEED = 20130211;

/**
 * An integer in [min, max].
 *
 * @example
 * between(mulberry32(1), 1, 6) // => 4
 */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * One element of a non-empty list.
 *
 * @example
 * pick(mulberry32(1), ["a", "b", "c"]) // => "b"
 */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/**
 * A shuffled copy (Fisher-Yates).
 *
 * @example
 * shuffled(mulberry32(1), [1, 2, 3]).length // => 3
 */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Upper-cases the first letter.
 *
 * @example
 * capitalize("seit 2015") // => "Seit 2015"
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A number the German way, with a dot between thousands.
 *
 * @example
 * germanNumber(12500) // => "12.500"
 */
export function germanNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * Counts words (runs of non-space characters).
 *
 * @example
 * countWords("Die Stadt Ulm fördert\nSolarenergie.") // => 5
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Where a page's text plays: its own town, partner town and country. */
interface Setting {
  bw: string;
  partner: string;
  country: string;
}

/** A page's text generator: the setting and the PRNG. */
interface Writer {
  random: Random;
  setting: Setting;
}

/** Fills `{bw}`, `{partner}`, `{country}` and `{year}`; the page's own places come up more often. */
function fill(writer: Writer, template: string): string {
  const { random, setting } = writer;
  const partner = random() < 0.6 ? ([setting.partner, setting.country] as const) : pick(random, PARTNER_PLACES);
  return template
    .replaceAll("{bw}", random() < 0.6 ? setting.bw : pick(random, BW_PLACES))
    .replaceAll("{partner}", partner[0])
    .replaceAll("{country}", partner[1])
    .replaceAll("{year}", String(between(random, 2005, 2025)));
}

/** One sentence of running text. */
function sentence(writer: Writer): string {
  const { random } = writer;
  const object = random() < 0.06 ? `**${pick(random, OBJECTS)}**` : pick(random, OBJECTS);
  switch (between(random, 0, 7)) {
    case 0:
    case 1:
      return fill(writer, `${pick(random, ACTORS)} ${pick(random, VERBS)} ${object} ${pick(random, ADVERBIALS)}.`);
    case 2:
      return fill(writer, `${capitalize(pick(random, ADVERBIALS))} ${pick(random, VERBS)} ${pick(random, ACTORS).replace(/^./, (c) => c.toLowerCase())} ${object}.`);
    case 3:
      return `Dabei geht es um ${pick(random, CONCERNS)} und ${pick(random, CONCERNS)}.`;
    case 4:
      return `Wichtig ist, dass ${pick(random, CLAUSES)}.`;
    case 5:
      return fill(writer, `${pick(random, GROUPS)} ${pick(random, GROUP_PREDICATES)}.`);
    case 6:
      return fill(writer, `Im Jahr {year} kamen ${between(random, 3, 40)} Gäste aus {partner} nach {bw}.`);
    default:
      return fill(writer, `${pick(random, ACTORS)} ${pick(random, VERBS)} ${object}, damit ${pick(random, CLAUSES)}.`);
  }
}

/** A paragraph of three to six sentences, sometimes with a link sentence at the end. */
function paragraph(writer: Writer, link: string | undefined): string {
  const sentences = Array.from({ length: between(writer.random, 3, 6) }, () => sentence(writer));
  if (link) sentences.push(pick(writer.random, LINK_SENTENCES).replace("{link}", link));
  return sentences.join(" ");
}

/** A bulleted or numbered list. */
function list(writer: Writer): string {
  const { random } = writer;
  const kind = between(random, 0, 2);
  if (kind === 0) {
    const items = shuffled(random, OBJECTS).slice(0, between(random, 3, 6));
    return `Die Partner planen unter anderem:\n\n${items.map((item, i) => `- ${item}${i === items.length - 1 ? "." : ","}`).join("\n")}`;
  }
  if (kind === 1) {
    const facts = [
      `${germanNumber(between(random, 20, 900))} Teilnehmende aus ${pick(random, BW_PLACES)}`,
      `${germanNumber(between(random, 2, 60))} Kilometer neue Wasserleitung`,
      `${germanNumber(between(random, 10, 300))} ausgebildete Fachkräfte`,
      `${germanNumber(between(random, 5, 250) * 500)} Euro Fördermittel`,
      `${germanNumber(between(random, 2, 40))} beteiligte Schulen`,
      `${germanNumber(between(random, 100, 20000))} gepflanzte Bäume`,
    ];
    return `In Zahlen:\n\n${shuffled(random, facts)
      .slice(0, between(random, 3, 5))
      .map((f) => `- ${f}`)
      .join("\n")}`;
  }
  const steps = [
    "Nehmen Sie Kontakt mit der SEZ auf.",
    "Suchen Sie Mitstreiterinnen und Mitstreiter in Ihrer Kommune.",
    "Klären Sie die Finanzierung und mögliche Förderprogramme.",
    "Vereinbaren Sie einen ersten Besuch bei den Partnern.",
    "Halten Sie gemeinsame Ziele schriftlich fest.",
  ];
  return `So gehen Sie vor:\n\n${steps
    .slice(0, between(random, 3, 5))
    .map((s, i) => `${i + 1}. ${s}`)
    .join("\n")}`;
}

/** A generated topic: its `_data/topics.yaml` entry. */
export interface CorpusTopic extends Topic {
  /** Town in Baden-Württemberg the page mostly talks about. */
  bw: string;
  partner: string;
  country: string;
}

/** Shares of news and events in a corpus; the rest are topic pages. */
export const CORPUS_MIX = { news: 0.25, events: 0.1 } as const;

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  /** Number of pages: topic pages, news and events (see {@link CORPUS_MIX}). */
  pages: number;
  seed?: number;
  /** Ids of photos that may be heroes, figures and card images. */
  imageIds: readonly string[];
  /** Topics already on the site (linked from the corpus, never replaced). */
  existingTopics: readonly Topic[];
  /** The site's other pages that corpus pages may link to. */
  sitePages: readonly { title: string; url: string }[];
}

/** The corpus: topic entries (for `_data/topics.yaml`) and Markdown files (paths below `src/`, topic pages first). */
export interface Corpus {
  topics: CorpusTopic[];
  files: { path: string; text: string }[];
}

/** Titles in a fixed shuffled order: field in partner town, with a country, or in a town here. */
function titles(random: Random, count: number): { title: string; bw: string; partner: string; country: string }[] {
  const combos: { title: string; bw: string; partner: string; country: string }[] = [];
  for (const noun of TOPIC_NOUNS) {
    for (const [partner, country] of PARTNER_PLACES) combos.push({ title: `${noun} in ${partner}`, bw: pick(random, BW_PLACES), partner, country });
    for (const bw of BW_PLACES) {
      const [partner, country] = pick(random, PARTNER_PLACES);
      combos.push({ title: `${noun} in ${bw}`, bw, partner, country });
    }
  }
  const order = shuffled(random, combos);
  const seen = new Set<string>();
  const out: typeof combos = [];
  for (let round = 1; out.length < count; round++) {
    for (const combo of order) {
      if (out.length >= count) break;
      const title = round === 1 ? combo.title : `${combo.title} (Teil ${round})`;
      if (seen.has(headingId(title))) continue;
      seen.add(headingId(title));
      out.push({ ...combo, title });
    }
  }
  return out;
}

/** A description of 50 to 200 characters. */
function description(writer: Writer, title: string): string {
  for (;;) {
    const text = `${title}: ${fill(writer, `${pick(writer.random, ACTORS)} ${pick(writer.random, VERBS)} ${pick(writer.random, OBJECTS)}.`)}`;
    if (text.length >= 50 && text.length <= 200) return text;
  }
}

/** A teaser of 20 to 300 characters. */
function teaser(writer: Writer): string {
  return fill(writer, `${pick(writer.random, ACTORS)} ${pick(writer.random, VERBS)} ${pick(writer.random, OBJECTS)} ${pick(writer.random, ADVERBIALS)}.`);
}

/**
 * The topic tree of the corpus: about 2 % roots, 30 % children of a root, the rest
 * grandchildren, so URLs are one to three levels deep like the real site's.
 */
function topicEntries(random: Random, count: number, imageIds: readonly string[], orderOffset: number): CorpusTopic[] {
  const roots = Math.max(1, Math.round(count * 0.02));
  const middle = Math.max(roots, Math.round(count * 0.32));
  const siblings = new Map<string, number>();
  const topics: CorpusTopic[] = [];
  titles(random, count).forEach((combo, index) => {
    const slug = headingId(combo.title);
    const parent = index < roots ? undefined : index < middle ? topics[between(random, 0, roots - 1)]!.slug : topics[between(random, roots, middle - 1)]!.slug;
    const position = siblings.get(parent ?? "") ?? 0;
    siblings.set(parent ?? "", position + 1);
    const writer = { random, setting: combo };
    topics.push({
      slug,
      title: combo.title,
      teaser: teaser(writer),
      ...(parent ? { parent } : {}),
      order: (parent ? 0 : orderOffset) + position * 10,
      kind: parent && random() < 0.5 ? "handlungsfeld" : "thema",
      ...(random() < 0.5 ? { image: pick(random, imageIds) } : {}),
      bw: combo.bw,
      partner: combo.partner,
      country: combo.country,
    });
  });
  return topics;
}

/** A date between 2012 and 2025 that exists in every month. */
function updatedDate(random: Random): string {
  return `${between(random, 2012, 2025)}-${pad(between(random, 1, 12))}-${pad(between(random, 1, 28))}`;
}

/** The Markdown of one topic page. */
function pageText(writer: Writer, topic: CorpusTopic, links: { title: string; url: string }[], imageIds: readonly string[]): string {
  const { random } = writer;
  const contact = random() < 0.5 ? "nicole-kimmel" : "sez-zentrale";
  const frontMatter = [
    "---",
    `description: ${JSON.stringify(description(writer, topic.title))}`,
    `updated: ${updatedDate(random)}`,
    `contacts: [${contact}]`,
    ...(random() < 0.3 ? [`hero: ${pick(random, imageIds)}`] : []),
    "---",
  ];
  const target = between(random, 720, 880);
  const headings = shuffled(random, HEADINGS);
  const pending = shuffled(random, links).map((l) => `[${l.title}](${l.url})`);
  const blocks: string[] = [paragraph(writer, undefined)];
  let words = countWords(blocks[0]!);
  let section = 0;
  while (words < target) {
    const heading = fill(writer, headings[section % headings.length]!);
    blocks.push(`## ${section >= headings.length ? `${heading} (${Math.floor(section / headings.length) + 1})` : heading}`);
    section++;
    if (random() < 0.25) blocks.push(`![](bild:${pick(random, imageIds)})`);
    const paragraphs = between(random, 1, 3);
    for (let i = 0; i < paragraphs && words < target; i++) {
      const block = paragraph(writer, random() < 0.45 ? pending.shift() : undefined);
      blocks.push(block);
      words += countWords(block);
    }
    if (random() < 0.4) {
      const block = list(writer);
      blocks.push(block);
      words += countWords(block);
    }
  }
  const closing = contact === "nicole-kimmel" ? "Ihre Ansprechpartnerin bei der SEZ ist Nicole Kimmel." : "Fragen beantwortet die Geschäftsstelle der SEZ.";
  const mail = random() < 0.15 ? " Schreiben Sie an info@sez.de." : "";
  const rest = pending.length > 0 ? ` Siehe auch: ${pending.join(", ")}.` : "";
  blocks.push(`${closing}${mail}${rest}`);
  return `${frontMatter.join("\n")}\n${blocks.join("\n\n")}\n`;
}

/** Two digits. */
const pad = (n: number) => String(n).padStart(2, "0");

/** Front matter, body and file of one news article; dated between 2016 and November 2026. */
function newsText(writer: Writer, index: number, topic: CorpusTopic, link: { title: string; url: string }, imageIds: readonly string[]): { path: string; text: string } {
  const { random, setting } = writer;
  const year = 2016 + (index % 11);
  const date = `${year}-${pad(between(random, 1, 11))}-${pad(between(random, 1, 28))}`;
  const title = fill(writer, pick(random, NEWS_TITLES));
  const frontMatter = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `date: ${date}`,
    `teaser: ${JSON.stringify(teaserOfLength(writer))}`,
    ...(random() < 0.2 ? ["category: Pressemitteilung"] : []),
    `topics: [${topic.slug}]`,
    `contact: ${random() < 0.5 ? "nicole-kimmel" : "sez-zentrale"}`,
    ...(random() < 0.4 ? [`hero: ${pick(random, imageIds)}`] : []),
    "sample: true",
    "---",
  ];
  const blocks = [paragraph(writer, undefined), paragraph(writer, `[${link.title}](${link.url})`), `## ${fill(writer, pick(random, HEADINGS))}`, paragraph(writer, undefined)];
  if (random() < 0.3) blocks.push(list(writer));
  blocks.push(`Mehr über die Arbeit in ${setting.bw} erfahren Sie bei der SEZ.`);
  return { path: `aktuelles/${year}/${headingId(title)}-${index + 1}.md`, text: `${frontMatter.join("\n")}\n${blocks.join("\n\n")}\n` };
}

/** Front matter, body and file of one event, between 2016 and 2027. */
function eventText(writer: Writer, index: number, topic: CorpusTopic, link: { title: string; url: string }): { path: string; text: string } {
  const { random, setting } = writer;
  const year = 2016 + (index % 12);
  const day = `${year}-${pad(between(random, 1, 12))}-${pad(between(random, 1, 28))}`;
  const hour = between(random, 9, 17);
  const title = fill(writer, pick(random, EVENT_TITLES));
  const frontMatter = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `teaser: ${JSON.stringify(teaserOfLength(writer))}`,
    `start: ${day}T${pad(hour)}:00`,
    `end: ${day}T${pad(hour + between(random, 1, 4))}:30`,
    "place:",
    `  name: ${JSON.stringify(`Rathaus ${setting.bw}`)}`,
    "cost: kostenlos",
    `topics: [${topic.slug}]`,
    `contact: ${random() < 0.5 ? "nicole-kimmel" : "sez-zentrale"}`,
    "sample: true",
    "---",
  ];
  const blocks = [paragraph(writer, undefined), paragraph(writer, `[${link.title}](${link.url})`)];
  if (random() < 0.5) blocks.push(list(writer));
  return { path: `termine/${year}/${headingId(title)}-${index + 1}.md`, text: `${frontMatter.join("\n")}\n${blocks.join("\n\n")}\n` };
}

/** A teaser of 50 to 200 characters (what news and events require). */
function teaserOfLength(writer: Writer): string {
  for (;;) {
    const text = teaser(writer);
    if (text.length >= 50 && text.length <= 200) return text;
  }
}

/** Headlines of corpus news; `{bw}`, `{partner}`, `{country}` and `{year}` are filled in. */
const NEWS_TITLES = [
  "Neue Partnerschaft zwischen {bw} und {partner}",
  "{bw} unterzeichnet Partnerschaftsurkunde mit {partner}",
  "Delegation aus {partner} zu Gast in {bw}",
  "Wasserprojekt in {partner} abgeschlossen",
  "Schulpartnerschaft {bw}–{partner} ausgezeichnet",
  "Fachkräfte aus {country} lernen in {bw}",
  "Förderung für Solarenergie in {partner} bewilligt",
  "Bürgerbeteiligung: {bw} berichtet aus {partner}",
] as const;

/** Names of corpus events. */
const EVENT_TITLES = [
  "Partnerschaftstag in {bw}",
  "Workshop Kommunale Entwicklungszusammenarbeit in {bw}",
  "Informationsabend zu {country}",
  "Netzwerktreffen Eine Welt in {bw}",
  "Fachtag Wasserversorgung und Klimaschutz",
  "Begegnungsfest mit Gästen aus {partner}",
] as const;

/**
 * Generates the corpus. Pure: same options, same corpus.
 *
 * @example
 * const corpus = generateCorpus({ pages: 250, imageIds: ["startseite"], existingTopics: [], sitePages: [{ title: "Kontakt", url: "/kontakt/" }] });
 * corpus.files.length // => 250
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const news = Math.round(options.pages * CORPUS_MIX.news);
  const events = Math.round(options.pages * CORPUS_MIX.events);
  const orderOffset = Math.max(0, ...options.existingTopics.filter((t) => !t.parent).map((t) => t.order)) + 10;
  const topics = topicEntries(random, Math.max(1, options.pages - news - events), options.imageIds, orderOffset);
  const tree = buildTopicTree([...options.existingTopics, ...topics]);
  const existing = options.existingTopics.map((t) => ({ title: t.title, url: tree.bySlug[t.slug]!.url }));
  const linkTo = (topic: CorpusTopic) => ({ title: tree.bySlug[topic.slug]!.title, url: tree.bySlug[topic.slug]!.url });
  const files = topics.map((topic) => {
    const writer = { random, setting: topic };
    const links: { title: string; url: string }[] = [];
    if (topic.parent) links.push({ title: tree.bySlug[topic.parent]!.title, url: tree.bySlug[topic.parent]!.url });
    for (let i = between(random, 1, 3); i > 0; i--) {
      const other = pick(random, topics);
      if (other.slug !== topic.slug) links.push({ title: other.title, url: tree.bySlug[other.slug]!.url });
    }
    links.push(random() < 0.5 && existing.length > 0 ? pick(random, existing) : pick(random, options.sitePages));
    return { path: `themen/${topic.slug}.md`, text: pageText(writer, topic, links, options.imageIds) };
  });
  for (let i = 0; i < news; i++) {
    const topic = pick(random, topics);
    files.push(newsText({ random, setting: topic }, i, topic, linkTo(topic), options.imageIds));
  }
  for (let i = 0; i < events; i++) {
    const topic = pick(random, topics);
    files.push(eventText({ random, setting: topic }, i, topic, linkTo(topic)));
  }
  return { topics, files };
}

/**
 * The `_data/topics.yaml` of the work copy: the real file, then the corpus's entries.
 *
 * @example
 * topicsYaml("- slug: a\n  ...\n", corpus.topics).endsWith("\n") // => true
 */
export function topicsYaml(realYaml: string, topics: readonly CorpusTopic[]): string {
  const entries = topics.map(({ bw: _bw, partner: _partner, country: _country, ...topic }) => topic);
  return `${realYaml.trimEnd()}\n# Benchmark-Korpus (bench/corpus.ts)\n${stringify(entries, { lineWidth: 0 })}`;
}

/** What the generator needs from the real project: photo ids, topics and page URLs. */
export function projectInputs(root: string): Pick<CorpusOptions, "imageIds" | "existingTopics" | "sitePages"> & { topicsYamlText: string } {
  const images = parse(readFileSync(path.join(root, "_data/images.yaml"), "utf8")) as { id: string }[];
  const contacts = parse(readFileSync(path.join(root, "_data/contacts.yaml"), "utf8")) as { photo?: string }[];
  const portraits = new Set(contacts.map((c) => c.photo));
  const topicsYamlText = readFileSync(path.join(root, "_data/topics.yaml"), "utf8");
  const existingTopics = (parse(topicsYamlText) as Topic[]).map((t) => ({ ...t, kind: t.kind ?? "thema" }));
  return {
    imageIds: images.map((i) => i.id).filter((id) => !portraits.has(id)),
    existingTopics,
    sitePages: [
      { title: "Kontakt", url: "/kontakt/" },
      { title: "Spenden und Zustiftungen", url: "/spenden/" },
      { title: "Themen", url: "/themen/" },
      { title: "Leichte Sprache", url: "/leichte-sprache/" },
    ],
    topicsYamlText,
  };
}
