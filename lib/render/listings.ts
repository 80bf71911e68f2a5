/**
 * What the front page and the overviews pick from Eleventy's collections: the newest news,
 * the next events, the programmes with their status today. Pure functions over collection
 * items; "today" comes from the cascade (`_data/today.ts`), never from the clock.
 */
import { compareByStatus, programmeStatus, type ProgrammeStatus, type Round } from "../content/rounds.ts";

/** An item of an Eleventy collection, the parts the lists read. */
export interface CollectionItem<D = Record<string, unknown>> {
  url: string;
  /** The file name without `.md`: the id other pages name it by. */
  fileSlug?: string;
  data: D;
}

/** The collections a layout receives (only those of existing content types are there). */
export type Collections = Partial<Record<string, CollectionItem<any>[]>>;

/**
 * The `n` newest news items by their `date`, newest first.
 *
 * @example
 * newestNews([{ url: "/a/", data: { date: "2026-01-01" } }, { url: "/b/", data: { date: "2026-03-01" } }], 1)[0].url // => "/b/"
 */
export function newestNews<D extends { date: string }>(items: readonly CollectionItem<D>[] | undefined, n = 3): CollectionItem<D>[] {
  return [...(items ?? [])].sort((a, b) => b.data.date.localeCompare(a.data.date)).slice(0, n);
}

/**
 * The `n` next events: those ending on or after today (the day part of `end`, or of `start`
 * without an end), soonest first.
 *
 * @example
 * nextEvents([{ url: "/a/", data: { start: "2027-01-05", end: "2027-01-05" } }], "2027-01-05").length // => 1
 * nextEvents([{ url: "/a/", data: { start: "2027-01-05", end: "2027-01-05" } }], "2027-01-06").length // => 0
 */
export function nextEvents<D extends { start: string; end?: string | undefined }>(items: readonly CollectionItem<D>[] | undefined, today: string, n = 3): CollectionItem<D>[] {
  return (items ?? [])
    .filter((item) => (item.data.end ?? item.data.start).slice(0, 10) >= today)
    .sort((a, b) => a.data.start.localeCompare(b.data.start))
    .slice(0, n);
}

/** A programme with its status today. */
export interface ProgrammeWithStatus<D> {
  item: CollectionItem<D>;
  status: ProgrammeStatus;
}

/**
 * Every programme with its status today, open ones first (nearest deadline), then upcoming.
 *
 * @example
 * withStatus([{ url: "/foerderung/a/", data: { title: "A", rounds: [{ opens: "2027-01-01", deadline: "2027-03-31" }] } }], "2027-02-01")[0].status.kind // => "open"
 */
export function withStatus<D extends { title: string; rounds: readonly Round[] }>(items: readonly CollectionItem<D>[] | undefined, today: string): ProgrammeWithStatus<D>[] {
  return (items ?? [])
    .map((item) => ({ item, status: programmeStatus(item.data.rounds, today) }))
    .sort((a, b) => compareByStatus({ title: a.item.data.title, status: a.status }, { title: b.item.data.title, status: b.status }));
}
