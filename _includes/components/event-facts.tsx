/**
 * The facts of an event in one block (when, where, registration, cost, audience, language),
 * the registration button while registration is open and "In den Kalender". Printed, it is
 * the event's fact sheet.
 */
import { eventTimes, hasEnded, registrationOn } from "../../lib/content/event.ts";
import { formatDateLongDe } from "../../lib/shared/format/date.ts";
import { eventWhen } from "../../lib/shared/format/event-time.ts";
import type { EventFrontMatter } from "../../lib/schemas/event.ts";
import { DATE_FIELD } from "../../lib/shared/search-fields.ts";
import { EmailLink } from "./email-link.tsx";
import { STATUS_LABEL } from "./dated-list.tsx";

/** Renders the facts of an event on `today`. */
export function EventFacts({ event, today, calendarUrl }: { event: EventFrontMatter; today: string; calendarUrl: string }) {
  const { start, end } = eventTimes(event);
  const registration = registrationOn(event, today);
  const over = hasEnded(event, today);
  return (
    <section class="facts" aria-labelledby="eckdaten">
      <h2 id="eckdaten" class="visually-hidden">
        Eckdaten
      </h2>
      {event.status && (
        <p class="status-banner">
          <strong>{STATUS_LABEL[event.status]}:</strong> {event.status === "abgesagt" ? "Diese Veranstaltung findet nicht statt." : "Diese Veranstaltung wird verschoben; der neue Termin folgt hier."}
        </p>
      )}
      {over && <p class="status-banner">Diese Veranstaltung hat bereits stattgefunden.</p>}
      <dl class="facts-list">
        <div>
          <dt>Wann</dt>
          <dd>
            <time datetime={event.start} data-pagefind-meta={DATE_FIELD} data-pagefind-sort={`${DATE_FIELD}[datetime]`}>
              {eventWhen(start, end)}
            </time>
          </dd>
        </div>
        <div>
          <dt>Wo</dt>
          <dd>
            {event.place && (
              <>
                {event.place.name}
                {event.place.address && (
                  <>
                    <br />
                    {event.place.address}
                  </>
                )}
              </>
            )}
            {event.place && event.online && <br />}
            {event.online && (
              <>
                Online: <a href={event.online}>Zugang zur Online-Veranstaltung</a>
              </>
            )}
          </dd>
        </div>
        {event.registration && (
          <div>
            <dt>Anmeldung</dt>
            <dd>
              {registration.state === "open" ? (
                <>
                  {registration.until ? `Anmeldung bis ${formatDateLongDe(registration.until)}` : "Anmeldung erbeten"}
                  {event.registration.email && !event.registration.url && (
                    <>
                      {" "}
                      per E-Mail an <EmailLink address={event.registration.email} />
                    </>
                  )}
                </>
              ) : (
                "Die Anmeldung ist geschlossen."
              )}
            </dd>
          </div>
        )}
        {event.cost && (
          <div>
            <dt>Kosten</dt>
            <dd>{event.cost}</dd>
          </div>
        )}
        {event.audience && (
          <div>
            <dt>Für wen</dt>
            <dd>{event.audience}</dd>
          </div>
        )}
        <div>
          <dt>Sprache</dt>
          <dd>{event.language ?? "Deutsch"}</dd>
        </div>
      </dl>
      <p class="facts-actions">
        {registration.state === "open" && event.registration?.url && (
          <a class="button" href={event.registration.url}>
            Jetzt anmelden
          </a>
        )}
        {!over && event.status !== "abgesagt" && (
          <a class="button button--secondary" href={calendarUrl} download>
            In den Kalender
          </a>
        )}
      </p>
    </section>
  );
}
