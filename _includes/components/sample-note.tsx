/** The note on a page whose text is a sample written for the new site, not a real report. */

/** Renders the note for a sample page, or nothing. */
export function SampleNote({ sample, what }: { sample: true | undefined; what: string }) {
  if (!sample) return null;
  return (
    <p class="sample-note" data-pagefind-ignore="all">
      <strong>Beispieltext:</strong> {what} wurde als Beispiel für die neue Website geschrieben und beschreibt kein tatsächliches Ereignis.
    </p>
  );
}
