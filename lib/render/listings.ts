/**
 * What the front page and the overviews pick from Eleventy's collections: the newest news,
 * the next events, the programmes with their status today. Pure functions over collection
 * items; "today" comes from the cascade (`runMode().today`), never from the clock.
 */
import { upcoming } from "../content/event.ts";
import { newestFirst } from "../content/news.ts";
import { compareByStatus, programmeStatus, type ProgrammeStatus, type Round } from "../content/rounds.ts";
import type { EventFrontMatter } from "../schemas/event.ts";
import type { NewsFrontMatter } from "../schemas/news.ts";
import type { ProgrammeFrontMatter } from "../schemas/programme.ts";
import type { PublicationFrontMatter } from "../schemas/publication.ts";

/** An item of an Eleventy collection, the parts the lists read. */
export interface CollectionItem<D = Record<string, unknown>> {
  url: string;
  /** The file name without `.md`: the id other pages name it by. */
  fileSlug?: string;
  data: D;
}

/** The collections of dated content a layout reads, by content type id. */
export interface Collections {
  news?: CollectionItem<NewsFrontMatter>[];
  event?: CollectionItem<EventFrontMatter>[];
  programme?: CollectionItem<ProgrammeFrontMatter>[];
  publication?: CollectionItem<PublicationFrontMatter>[];
}

/**
 * The `n` newest news items, newest first (the order of the news lists).
 *
 * @example
 * newestNews([{ url: "/a/", data: { date: "2026-01-01", title: "A" } }, { url: "/b/", data: { date: "2026-03-01", title: "B" } }], 1)[0].url // => "/b/"
 */
export function newestNews<D extends Pick<NewsFrontMatter, "date" | "title">>(items: readonly CollectionItem<D>[] | undefined, n = 3): CollectionItem<D>[] {
  return [...(items ?? [])].sort((a, b) => newestFirst(a.data, b.data)).slice(0, n);
}

/**
 * The `n` next events: those not over today, soonest first (the order of `/termine/`).
 *
 * @example
 * nextEvents([{ url: "/a/", data: { start: "2027-01-05", end: "2027-01-05", title: "A" } }], "2027-01-05").length // => 1
 * nextEvents([{ url: "/a/", data: { start: "2027-01-05", end: "2027-01-05", title: "A" } }], "2027-01-06").length // => 0
 */
export function nextEvents<D extends Pick<EventFrontMatter, "start" | "end" | "title">>(items: readonly CollectionItem<D>[] | undefined, today: string, n = 3): CollectionItem<D>[] {
  return upcoming(items ?? [], today).slice(0, n);
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
