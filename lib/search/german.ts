/**
 * German word handling for the search index. Pagefind stems German and folds umlauts on its
 * own ("Krankenhäuser", "Krankenhauser" and "Krankenhaeuser" all reach the stem "krankenhaus"),
 * but it never splits a compound: "Zusammenarbeit" does not find "Entwicklungszusammenarbeit".
 *
 * Pagefind does split a word at ASCII punctuation ("Entwicklungs-Zusammenarbeit") and indexes
 * the whole word and each part at the same position. So the index step puts a mark between
 * the parts of every compound it recognises, in the copy of the page that only the indexer
 * sees; the search page removes the mark before it shows titles and excerpts. Which boundaries
 * exist is learned from the site itself: a word is split only into parts that also occur on
 * their own somewhere in the indexed text (the "vocabulary").
 */

/**
 * The compound mark. Pagefind 1.6 splits words only at ASCII punctuation (splitting at the
 * invisible soft hyphen is not released yet, Pagefind issue #738); a backtick never stands
 * between two letters in German prose, so removing it between letters restores the text.
 */
export const COMPOUND_MARK = "`";

/** Shortest part a compound is split into; shorter pieces ("rat", "ein") are too ambiguous. */
export const MIN_PART_LENGTH = 4;

/** Linking elements ("Fugenelemente") a non-final part may end with: Partnerschaft-s-urkunde. */
export const LINKING_ELEMENTS = ["s", "es", "n", "en", "ens", "er", "e", "ns"] as const;

/** Inflection endings a final part may carry beyond its vocabulary form: …urkunde-n. */
export const INFLECTION_ENDINGS = ["e", "n", "en", "s", "es", "er", "ern", "nen"] as const;

/** Function words that are never the first part of a compound ("eine|welt" is a phrase). */
const NEVER_HEADS = new Set([
  ...["eine", "einen", "einem", "einer", "eines", "dies", "diese", "dieser", "diesem", "diesen", "jede", "jeder", "jedes", "jedem", "jeden"],
  ...["ihre", "ihren", "ihrem", "ihrer", "sein", "seine", "sich", "oder", "auch", "dass", "wenn", "aber", "nicht", "noch", "beim", "sowie"],
  ...["sind", "wird", "will", "kann", "muss", "soll", "darf", "habe", "haben"],
]);

const LETTER_RUN = /\p{L}+/gu;
const ENTITY = /&[#\w]+;/g;

/**
 * Folds a word to a spelling-neutral key: lower case, umlauts as ae/oe/ue, ß as ss. Two
 * spellings of one word get the same key, so the vocabulary does not care which one an editor
 * used.
 *
 * @example
 * foldGerman("Krankenhäuser")  // => "krankenhaeuser"
 * foldGerman("Krankenhaeuser") // => "krankenhaeuser"
 * foldGerman("Straße")         // => "strasse"
 */
export function foldGerman(word: string): string {
  return word.normalize("NFC").toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
}

/**
 * The words of a text: runs of letters. Hyphens, digits, punctuation and HTML entities
 * separate words, so "Entwicklungs-Zusammenarbeit" gives two words.
 *
 * @example
 * wordsOf("Die Entwicklungs-Zusammenarbeit, seit 2014.") // => ["Die", "Entwicklungs", "Zusammenarbeit", "seit"]
 */
export function wordsOf(text: string): string[] {
  return text.replace(ENTITY, " ").match(LETTER_RUN) ?? [];
}

/**
 * The vocabulary of a corpus: the folded form of every word that occurs on its own.
 *
 * @example
 * buildVocabulary(["Eine Urkunde", "die Partnerschaft"]).has("urkunde") // => true
 */
export function buildVocabulary(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) words.add(word);
  const vocabulary = new Set<string>();
  for (const word of words) vocabulary.add(foldGerman(word));
  return vocabulary;
}

/** A token the compound splitter may split: one run of letters, at least two parts long, with only punctuation around it. */
const SPLITTABLE_TOKEN = /^(\P{L}*)(\p{L}+)(\P{L}*)$/u;

/**
 * The letter run of a whitespace-separated token if the splitter may split it: words Pagefind
 * splits anyway (with a hyphen, an apostrophe, a digit or an entity in them) stay whole, since
 * more marks would cut their parts into smaller pieces ("Entwicklungs-Zusammenarbeit" must
 * keep "Zusammenarbeit").
 *
 * @example
 * splittableToken("(Partnerschaftsurkunde).")?.[2]   // => "Partnerschaftsurkunde"
 * splittableToken("Entwicklungs-Zusammenarbeit")   // => undefined
 */
function splittableToken(token: string): RegExpExecArray | undefined {
  if (token.length < 2 * MIN_PART_LENGTH) return undefined;
  const word = SPLITTABLE_TOKEN.exec(token);
  if (!word || /[\p{L}\p{N}]/u.test(`${word[1]}${word[3]}`)) return undefined;
  return word;
}

/**
 * The words of a text the compound splitter would be asked about, each once.
 *
 * @example
 * compoundCandidates("Die Partnerschaftsurkunde, die Entwicklungs-Zusammenarbeit.") // => ["Partnerschaftsurkunde"]
 */
export function compoundCandidates(text: string): string[] {
  const words = new Set<string>();
  for (const token of text.match(/\S+/g) ?? []) {
    const word = splittableToken(token);
    if (word) words.add(word[2]!);
  }
  return [...words];
}

/**
 * Puts the compound mark at every boundary `split` finds in the splittable words of a text
 * (see {@link compoundCandidates}).
 *
 * @example
 * markCompoundsWith("Die Partnerschaftsurkunde.", (w) => (w === "Partnerschaftsurkunde" ? ["Partnerschafts", "urkunde"] : [w]))
 * // => "Die Partnerschafts`urkunde."
 */
export function markCompoundsWith(text: string, split: (word: string) => readonly string[]): string {
  return text.replace(/\S+/g, (token) => {
    const word = splittableToken(token);
    return word ? `${word[1]}${split(word[2]!).join(COMPOUND_MARK)}${word[3]}` : token;
  });
}

/** Splits compounds against one vocabulary, remembering every word it has seen. */
export class CompoundSplitter {
  readonly #vocabulary: ReadonlySet<string>;
  readonly #cache = new Map<string, readonly string[]>();

  constructor(vocabulary: ReadonlySet<string>) {
    this.#vocabulary = vocabulary;
  }

  /**
   * The parts of a compound, in original spelling, or the word alone if it is none. The split
   * with the fewest parts wins (so "Entwicklungs|zusammenarbeit" keeps "Zusammenarbeit" whole);
   * among equals, the one with the longest final part.
   *
   * @example
   * new CompoundSplitter(buildVocabulary(["Urkunde Partnerschaft"])).split("Partnerschaftsurkunde")
   * // => ["Partnerschafts", "urkunde"]
   */
  split(word: string): readonly string[] {
    const cached = this.#cache.get(word);
    if (cached) return cached;
    const parts = this.#splitUncached(word);
    this.#cache.set(word, parts);
    return parts;
  }

  /**
   * Puts the compound mark at every compound boundary of a text. Words Pagefind splits anyway
   * (with a hyphen, an apostrophe or an entity in them) stay as they are: more marks would cut
   * their parts into smaller pieces ("Entwicklungs-Zusammenarbeit" must keep "Zusammenarbeit").
   *
   * @example
   * new CompoundSplitter(buildVocabulary(["Urkunde Partnerschaft"])).markCompounds("Die Partnerschaftsurkunde.")
   * // => "Die Partnerschafts`urkunde."
   */
  markCompounds(text: string): string {
    return markCompoundsWith(text, (word) => this.split(word));
  }

  /** How many distinct words were split so far (for the build report). */
  get compoundCount(): number {
    let count = 0;
    for (const parts of this.#cache.values()) if (parts.length > 1) count++;
    return count;
  }

  #known(part: string): boolean {
    return part.length >= MIN_PART_LENGTH && this.#vocabulary.has(foldGerman(part));
  }

  /** A final part: a vocabulary word, possibly with an inflection ending. */
  #knownTail(part: string): boolean {
    const lower = part.toLowerCase();
    return this.#known(part) || INFLECTION_ENDINGS.some((ending) => lower.endsWith(ending) && this.#known(part.slice(0, -ending.length)));
  }

  /** A non-final part: a vocabulary word, possibly with a linking element or without its final e (Schul|partnerschaft). */
  #knownHead(part: string): boolean {
    const lower = part.toLowerCase();
    if (part.length < MIN_PART_LENGTH || NEVER_HEADS.has(lower)) return false;
    if (this.#known(part) || this.#known(`${part}e`)) return true;
    return LINKING_ELEMENTS.some((link) => lower.endsWith(link) && this.#known(part.slice(0, -link.length)));
  }

  /** Fewest non-final parts that make up `head`, or undefined. */
  #segmentHead(head: string, memo: Map<string, string[] | undefined>): string[] | undefined {
    if (memo.has(head)) return memo.get(head);
    let best: string[] | undefined = this.#knownHead(head) ? [head] : undefined;
    if (!best) {
      for (let i = MIN_PART_LENGTH; i <= head.length - MIN_PART_LENGTH; i++) {
        const last = head.slice(i);
        if (!this.#knownHead(last)) continue;
        const rest = this.#segmentHead(head.slice(0, i), memo);
        if (rest && (!best || rest.length + 1 < best.length)) best = [...rest, last];
      }
    }
    memo.set(head, best);
    return best;
  }

  #splitUncached(word: string): readonly string[] {
    if (word.length < 2 * MIN_PART_LENGTH || word.toLowerCase().length !== word.length) return [word];
    const memo = new Map<string, string[] | undefined>();
    let best: string[] | undefined;
    for (let i = MIN_PART_LENGTH; i <= word.length - MIN_PART_LENGTH; i++) {
      const tail = word.slice(i);
      if (!this.#knownTail(tail)) continue;
      const head = this.#segmentHead(word.slice(0, i), memo);
      if (head && (!best || head.length + 1 < best.length)) best = [...head, tail];
    }
    return best ?? [word];
  }
}
