/** The note on a page whose text is a sample written for the new site, not a real one. */

/** What the note says the sample is, and what it is not. */
export interface SampleWording {
  /** The subject, e.g. "Diese Meldung". */
  what: string;
  /** What the sample is not, e.g. "beschreibt kein tatsächliches Ereignis". */
  claim: string;
}

/** Renders the note for a sample page, or nothing. */
export function SampleNote({ sample, what, claim }: { sample: boolean | undefined } & SampleWording) {
  if (!sample) return null;
  return (
    <p class="sample-note" data-pagefind-ignore="all">
      <strong>Beispieltext:</strong> {what} wurde als Beispiel für die neue Website geschrieben und {claim}.
    </p>
  );
}
