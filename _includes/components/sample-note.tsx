/** The note on invented sample content (`sample: true`): nothing invented may look real. */

/** Renders the note for a page (`kind`: "Dieses Förderprogramm", `pronoun`: "Es", `not`: "kein Angebot der SEZ"). */
export function SampleNote({ kind, pronoun, not }: { kind: string; pronoun: "Es" | "Sie"; not: string }) {
  return (
    <p class="sample-note">
      <strong>Beispielinhalt:</strong> {kind} ist erfunden. {pronoun} zeigt, wie die Website solche Inhalte darstellt, und ist {not}.
    </p>
  );
}
