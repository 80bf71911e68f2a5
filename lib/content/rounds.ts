/**
 * Application rounds of funding programmes: whether a programme is open, when its next round
 * opens, or that there is no call for applications at the moment. Everything follows from the
 * rounds' dates and "today" (`runMode().today`, handed in as an argument), never from a flag an
 * editor sets, so the daily scheduled build keeps the status true. Dates are plain calendar
 * dates `JJJJ-MM-TT`, which compare correctly as strings.
 */
import { formatDateLongDe } from "../shared/format/date.ts";

/** One application round: from `opens` to `deadline` (both days included), decision later. */
export interface Round {
  opens: string;
  deadline: string;
  decision?: string | undefined;
  /** Optional name of the round, e.g. "Frühjahrsrunde 2027". */
  title?: string | undefined;
}

/** Where a round stands on a given day. */
export type RoundPhase = "open" | "upcoming" | "closed";

/** What a programme's status is today. */
export type ProgrammeStatus = { kind: "open"; round: Round } | { kind: "upcoming"; round: Round } | { kind: "none" };

/**
 * The phase of a round on `today`: open from its opening day to its deadline, both included.
 *
 * @example
 * roundPhase({ opens: "2027-01-01", deadline: "2027-03-31" }, "2027-03-31") // => "open"
 * roundPhase({ opens: "2027-01-01", deadline: "2027-03-31" }, "2027-04-01") // => "closed"
 * roundPhase({ opens: "2027-01-01", deadline: "2027-03-31" }, "2026-12-31") // => "upcoming"
 */
export function roundPhase(round: Round, today: string): RoundPhase {
  if (today < round.opens) return "upcoming";
  return today <= round.deadline ? "open" : "closed";
}

/**
 * A programme's status on `today`: the open round with the nearest deadline, else the round
 * that opens next, else none.
 *
 * @example
 * programmeStatus([{ opens: "2027-01-01", deadline: "2027-03-31" }], "2027-02-01").kind // => "open"
 * programmeStatus([{ opens: "2027-06-01", deadline: "2027-09-30" }], "2027-04-01").kind // => "upcoming"
 * programmeStatus([{ opens: "2026-01-01", deadline: "2026-03-31" }], "2027-04-01").kind // => "none"
 */
export function programmeStatus(rounds: readonly Round[], today: string): ProgrammeStatus {
  const open = rounds.filter((r) => roundPhase(r, today) === "open").sort((a, b) => a.deadline.localeCompare(b.deadline))[0];
  if (open) return { kind: "open", round: open };
  const next = rounds.filter((r) => roundPhase(r, today) === "upcoming").sort((a, b) => a.opens.localeCompare(b.opens))[0];
  return next ? { kind: "upcoming", round: next } : { kind: "none" };
}

/**
 * The status as the site says it.
 *
 * @example
 * statusText({ kind: "open", round: { opens: "2027-01-01", deadline: "2027-03-31" } })     // => "Bewerbung möglich bis 31. März 2027"
 * statusText({ kind: "upcoming", round: { opens: "2027-06-01", deadline: "2027-09-30" } }) // => "Nächste Runde ab 1. Juni 2027"
 * statusText({ kind: "none" })                                                              // => "Derzeit keine Ausschreibung"
 */
export function statusText(status: ProgrammeStatus): string {
  if (status.kind === "open") return `Bewerbung möglich bis ${formatDateLongDe(status.round.deadline)}`;
  if (status.kind === "upcoming") return `Nächste Runde ab ${formatDateLongDe(status.round.opens)}`;
  return "Derzeit keine Ausschreibung";
}

/**
 * The day a programme's status is about, for sorting search results by date: the deadline
 * of the open round, the opening of the next one, else the last deadline there was.
 *
 * @example
 * const rounds = [{ opens: "2027-01-01", deadline: "2027-03-31" }];
 * statusDate(programmeStatus(rounds, "2027-02-01"), rounds) // => "2027-03-31"
 * statusDate(programmeStatus(rounds, "2026-12-01"), rounds) // => "2027-01-01"
 * statusDate(programmeStatus(rounds, "2027-06-01"), rounds) // => "2027-03-31"
 */
export function statusDate(status: ProgrammeStatus, rounds: readonly Round[]): string | undefined {
  if (status.kind === "open") return status.round.deadline;
  if (status.kind === "upcoming") return status.round.opens;
  return rounds
    .map((r) => r.deadline)
    .sort()
    .at(-1);
}

/** The order of the overview: open programmes first (nearest deadline), then upcoming (next opening), then the rest. */
const RANK: Record<ProgrammeStatus["kind"], number> = { open: 0, upcoming: 1, none: 2 };

/**
 * Compares two programmes for the overview, by their status today; ties by title.
 *
 * @example
 * const a = { title: "A", status: { kind: "none" } } as const;
 * const b = { title: "B", status: { kind: "open", round: { opens: "2027-01-01", deadline: "2027-03-31" } } } as const;
 * [a, b].sort(compareByStatus).map((p) => p.title) // => ["B", "A"]
 */
export function compareByStatus(a: { title: string; status: ProgrammeStatus }, b: { title: string; status: ProgrammeStatus }): number {
  const rank = RANK[a.status.kind] - RANK[b.status.kind];
  if (rank !== 0) return rank;
  const key = (s: ProgrammeStatus) => (s.kind === "open" ? s.round.deadline : s.kind === "upcoming" ? s.round.opens : "");
  return key(a.status).localeCompare(key(b.status)) || a.title.localeCompare(b.title, "de");
}

/** A mistake in the rounds, by the round's index and the field to fix. */
export interface RoundMistake {
  index: number;
  field: "deadline" | "decision" | "opens";
  expected: string;
  received: string;
  fix: string;
}

/**
 * Mistakes in a programme's rounds: a deadline before its opening, a decision before the
 * deadline, and rounds that overlap (a round opening on or before the deadline of another).
 *
 * @example
 * roundMistakes([{ opens: "2027-03-01", deadline: "2027-02-01" }])[0].field // => "deadline"
 * roundMistakes([{ opens: "2027-01-01", deadline: "2027-03-31" }, { opens: "2027-03-15", deadline: "2027-06-30" }])[0].index // => 1
 */
export function roundMistakes(rounds: readonly Round[]): RoundMistake[] {
  const mistakes: RoundMistake[] = [];
  const long = (date: string) => formatDateLongDe(date);
  rounds.forEach((round, index) => {
    if (round.deadline < round.opens) {
      mistakes.push({
        index,
        field: "deadline",
        expected: "eine Frist (deadline) am oder nach dem Beginn der Runde (opens)",
        received: `die Frist ${long(round.deadline)}, vor dem Beginn am ${long(round.opens)}`,
        fix: "Prüfen Sie die beiden Daten: opens ist der erste Tag, an dem man sich bewerben kann, deadline der letzte.",
      });
    } else if (round.decision !== undefined && round.decision < round.deadline) {
      mistakes.push({
        index,
        field: "decision",
        expected: "eine Entscheidung (decision) nach der Frist (deadline)",
        received: `die Entscheidung am ${long(round.decision)}, vor der Frist am ${long(round.deadline)}`,
        fix: "Tragen Sie bei decision das Datum ein, an dem über die Anträge entschieden wird, oder lassen Sie die Zeile weg.",
      });
    }
  });
  rounds.forEach((round, index) => {
    const other = rounds.findIndex((r, i) => i < index && r.opens <= round.deadline && round.opens <= r.deadline);
    if (other >= 0 && round.deadline >= round.opens) {
      mistakes.push({
        index,
        field: "opens",
        expected: "Runden, die sich nicht überschneiden",
        received: `eine Runde ab ${long(round.opens)}, während Runde ${other + 1} (${long(rounds[other]!.opens)} bis ${long(rounds[other]!.deadline)}) noch läuft`,
        fix: `Lassen Sie diese Runde erst nach dem ${long(rounds[other]!.deadline)} beginnen oder legen Sie die beiden Runden zu einer zusammen.`,
      });
    }
  });
  return mistakes;
}
