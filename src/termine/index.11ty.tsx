/**
 * `/termine/`: the events that are not over yet, soonest first, by month; past events are in
 * `/termine/archiv/`. What "over" means is decided by the build's today, so the list keeps
 * itself current with the daily build.
 */
import { EventList, type ListItem } from "../../_includes/components/dated-list.tsx";
import { Base } from "../../_includes/layouts/base.tsx";
import { itemsOf } from "../../lib/content/collections.ts";
import { CALENDAR_URL, upcomingByMonth } from "../../lib/content/event.ts";
import type { EleventyPage, SiteCascade } from "../../lib/render/page-data.ts";
import type { EventFrontMatter } from "../../lib/schemas/event.ts";

export const data = { layout: false, permalink: "/termine/", eleventyImport: { collections: ["event"] }, eleventyExcludeFromCollections: true };

export default function EventIndex(data: SiteCascade & { page: EleventyPage; today: string; collections: { event?: ListItem<EventFrontMatter>[] } }) {
  const months = upcomingByMonth(itemsOf<EventFrontMatter>(data.collections, "event"), data.today);
  return (
    <Base
      site={data.site}
      shareImage={data.photos[data.site.ogImage]!}
      title="Termine"
      description="Veranstaltungen der SEZ und ihrer Partner: Workshops, Netzwerktreffen, Webinare und Aktionstage, die nächsten zuerst."
      url={data.page.url}
      trail={[
        { title: "Startseite", url: "/" },
        { title: "Termine", url: "/termine/" },
      ]}
      links={[{ rel: "alternate", type: "text/calendar", href: CALENDAR_URL, title: "Termine der SEZ (Kalender)" }]}
    >
      <div class="article list-page">
        <h1>Termine</h1>
        <p>
          Veranstaltungen der SEZ und ihrer Partner, die nächsten zuerst. Vergangene Veranstaltungen finden Sie im <a href="/termine/archiv/">Archiv</a>.
        </p>
        {months.length === 0 && <p>Zurzeit sind keine Veranstaltungen geplant.</p>}
        {months.map((month) => (
          <section aria-labelledby={`monat-${month.key}`}>
            <h2 id={`monat-${month.key}`}>{month.label}</h2>
            <EventList items={month.items} today={data.today} />
          </section>
        ))}
        <section class="box subscribe" aria-labelledby="abonnieren">
          <h2 id="abonnieren">Alle Termine im eigenen Kalender</h2>
          <p>
            Abonnieren Sie unseren Kalender, dann erscheinen neue und geänderte Termine von selbst in Ihrem Kalenderprogramm. Kopieren Sie dazu die Adresse{" "}
            <a href={CALENDAR_URL}>
              <code>{`${data.site.url}${CALENDAR_URL}`}</code>
            </a>{" "}
            und fügen Sie sie dort als Kalender-Abonnement ein (in Outlook: „Kalender hinzufügen“, „Aus dem Internet“; bei Apple und Google: „Kalender abonnieren“ bzw. „Per URL“). Ein Klick auf die
            Adresse lädt die Termine einmalig herunter.
          </p>
        </section>
      </div>
    </Base>
  );
}
