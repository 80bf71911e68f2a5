/**
 * "Meinten Sie …?": the one way every check guesses what an editor meant (a field name, a
 * page address, a photo id) from what they typed.
 */

/**
 * Edit distance (Levenshtein) between two short strings.
 *
 * @example
 * editDistance("titel", "title") // => 2
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = kept;
    }
  }
  return row[b.length]!;
}

/** How far a candidate may be from what was typed and still count as a typo. */
export interface Tolerance {
  /** One edit allowed per this many letters of the typed value. */
  lettersPerEdit: number;
  /** Edits always allowed, however short the value. */
  minimum: number;
}

/**
 * The candidate closest to `value` (ignoring case), if it is within the tolerance.
 *
 * @example
 * closestMatch("titel", ["title", "description"], { lettersPerEdit: 3, minimum: 2 }) // => "title"
 * closestMatch("/presse/", ["/kontakt/"], { lettersPerEdit: 4, minimum: 2 })          // => undefined
 */
export function closestMatch(value: string, candidates: Iterable<string>, tolerance: Tolerance): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(tolerance.minimum, Math.floor(value.length / tolerance.lettersPerEdit)) ? best : undefined;
}
