/** The note on a page whose text is a sample written for the new site (`sample: true`): nothing invented may look real. */

/**
 * Renders the note for a sample page, or nothing. `what` names the page ("Diese Meldung"),
 * `is` says what it is not (by default: no real event).
 */
export function SampleNote({ sample, what, is }: { sample: true | undefined; what: string; is?: string }) {
  if (!sample) return null;
  return (
    <p class="sample-note" data-pagefind-ignore="all">
      <strong>Beispieltext:</strong> {what} {is ?? "wurde als Beispiel für die neue Website geschrieben und beschreibt kein tatsächliches Ereignis."}
    </p>
  );
}
