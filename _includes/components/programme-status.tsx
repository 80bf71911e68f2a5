/** A programme's status today, as text (never colour alone): "Bewerbung möglich bis 31. März 2027". */
import { statusDate, statusText, type ProgrammeStatus, type Round } from "../../lib/content/rounds.ts";
import { DATE_FIELD } from "../../lib/shared/search-fields.ts";

/**
 * Renders the status as a labelled line. With `rounds` (the programme's own page), the line is
 * the page's date in the search: its text as the result's date, the day it is about as the
 * date sort.
 */
export function ProgrammeStatusLine({ status, rounds }: { status: ProgrammeStatus; rounds?: readonly Round[] }) {
  const day = rounds ? statusDate(status, rounds) : undefined;
  return (
    <p class={`round-status round-status--${status.kind}`} data-pagefind-meta={rounds ? DATE_FIELD : undefined} data-pagefind-sort={day ? `${DATE_FIELD}:${day}` : undefined}>
      {statusText(status)}
    </p>
  );
}
