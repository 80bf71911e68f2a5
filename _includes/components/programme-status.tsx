/** A programme's status today, as text (never colour alone): "Bewerbung möglich bis 31. März 2027". */
import { statusText, type ProgrammeStatus } from "../../lib/content/rounds.ts";

/** Renders the status as a labelled line. */
export function ProgrammeStatusLine({ status }: { status: ProgrammeStatus }) {
  return <p class={`round-status round-status--${status.kind}`}>{statusText(status)}</p>;
}
