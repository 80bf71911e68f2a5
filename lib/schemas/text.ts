/**
 * What a text an editor writes may hold. Texts pasted from Word, old web pages and e-mails
 * bring invisible characters along: control characters (a terminal colour code, a NUL, a
 * vertical tab from Word) break the HTML or show as boxes, and bidi overrides reorder what
 * readers see against what is stored ("Trojan Source"). Both are refused with a fix; soft
 * hyphens, zero-width spaces, NFD umlauts and typographic quotes are fine.
 */

/** C0 and C1 control characters except tab and line breaks, and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;

/** Why a text is refused: what was found and how to fix it. */
export interface TextIssue {
  /** 0-based index of the first offending character. */
  index: number;
  received: string;
  fix: string;
}

/**
 * The first invisible character in `text` that is refused, or undefined.
 *
 * @example
 * textIssue("Eine Welt")          // => undefined
 * textIssue("Eine\u0000Welt")     // => { index: 4, received: "ein unsichtbares Steuerzeichen (U+0000)", ... }
 * textIssue("abc\u202Edef")       // => { index: 3, received: "ein unsichtbares Zeichen, das die Schreibrichtung umkehrt (U+202E)", ... }
 */
export function textIssue(text: string): TextIssue | undefined {
  const control = CONTROL.exec(text);
  const bidi = BIDI.exec(text);
  const first = [control, bidi].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  const code = `U+${first[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return first === control
    ? {
        index: first.index,
        received: `ein unsichtbares Steuerzeichen (${code})`,
        fix: "Löschen Sie das unsichtbare Zeichen: tippen Sie die Stelle neu oder fügen Sie den Text als „nur Text“ ein (Strg+Umschalt+V).",
      }
    : {
        index: first.index,
        received: `ein unsichtbares Zeichen, das die Schreibrichtung umkehrt (${code})`,
        fix: "Löschen Sie das unsichtbare Zeichen: es zeigt den Text in anderer Reihenfolge, als er gespeichert ist. Tippen Sie die Stelle neu.",
      };
}
