/**
 * Layout of a funding programme: status today, the facts in a block, the funding lines, the
 * rounds as a table, the documents with format and size, the FAQ as `<details>` (with
 * `FAQPage` JSON-LD), topics, and the contact cards in the sidebar.
 */
import { itemsOf } from "../../lib/content/collections.ts";
import { programmeStatus, roundPhase, type RoundPhase } from "../../lib/content/rounds.ts";
import { JsonLd } from "../../lib/render/raw.tsx";
import { shareImage } from "../../lib/render/page-data.ts";
import type { ProgrammeFrontMatter } from "../../lib/schemas/programme.ts";
import type { PublicationFrontMatter } from "../../lib/schemas/publication.ts";
import { faqJsonLd } from "../../lib/seo/faq.ts";
import { formatDateLongDe } from "../../lib/shared/format/date.ts";
import { Article } from "../components/article.tsx";
import { DownloadLink } from "../components/download-link.tsx";
import { ProgrammeStatusLine } from "../components/programme-status.tsx";
import { SampleNote } from "../components/sample-note.tsx";
import { sidebarFor } from "../components/sidebar.tsx";
import { Base } from "./base.tsx";
import { articleData, type ContentLayoutData } from "./content-data.ts";

/** How the table names a round's phase. */
const PHASE_TEXT: Record<RoundPhase, string> = { open: "Bewerbung möglich", upcoming: "noch nicht geöffnet", closed: "abgeschlossen" };

/**
 * An amount in euros as German readers write it.
 *
 * @example
 * euros(20000) // => "20.000 Euro"
 */
export function euros(value: number): string {
  return `${new Intl.NumberFormat("de-DE").format(value)} Euro`;
}

/**
 * The amount line of the facts block.
 *
 * @example
 * amountText({ min: 1000, max: 20000 }) // => "1.000 bis 20.000 Euro"
 * amountText({ max: 5000 })             // => "bis zu 5.000 Euro"
 */
export function amountText(amount: ProgrammeFrontMatter["amount"]): string {
  return amount.min !== undefined ? `${new Intl.NumberFormat("de-DE").format(amount.min)} bis ${euros(amount.max)}` : `bis zu ${euros(amount.max)}`;
}

export default function ProgrammeLayout(data: ContentLayoutData<ProgrammeFrontMatter>) {
  const status = programmeStatus(data.rounds, data.today);
  const publications = new Map(itemsOf<PublicationFrontMatter>(data.collections, "publication").map((item) => [item.data.page.fileSlug, item]));
  const documents = (data.documents ?? []).map((slug) => publications.get(slug)).filter((item) => item !== undefined);
  const topics = (data.topics ?? []).map((slug) => data.topicTree.bySlug[slug]).filter((topic) => topic !== undefined);
  const article = articleData(data, { title: data.title, description: data.teaser, contacts: data.contacts, donationBox: false });
  const trail = [
    { title: "Startseite", url: "/" },
    { title: "Förderung", url: "/foerderung/" },
    { title: data.title, url: data.page.url },
  ];
  return (
    <Base site={data.site} shareImage={shareImage(article)} title={data.title} description={data.teaser} url={data.page.url} trail={trail} aside={sidebarFor(data.contacts ?? [], false, data)}>
      <Article
        data={article}
        lead={
          <>
            <ProgrammeStatusLine status={status} rounds={data.rounds} />
            <SampleNote sample={data.sample} what="Dieses Förderprogramm" claim="ist kein Angebot der SEZ" />
          </>
        }
      >
        <section class="programme-facts" aria-labelledby="auf-einen-blick">
          <h2 id="auf-einen-blick">Auf einen Blick</h2>
          <dl>
            <dt>Wer kann sich bewerben?</dt>
            <dd>
              <ul>
                {data.who.map((entry) => (
                  <li>{entry}</li>
                ))}
              </ul>
            </dd>
            <dt>Was wird gefördert?</dt>
            <dd>
              <ul>
                {data.funded.map((entry) => (
                  <li>{entry}</li>
                ))}
              </ul>
            </dd>
            <dt>Fördersumme</dt>
            <dd>{amountText(data.amount)}</dd>
            {data.amount.ownShare && (
              <>
                <dt>Eigenanteil</dt>
                <dd>{data.amount.ownShare}</dd>
              </>
            )}
          </dl>
        </section>
        {data.lines && data.lines.length > 0 && (
          <section aria-labelledby="foerderlinien">
            <h2 id="foerderlinien">Förderlinien</h2>
            {data.lines.map((line) => (
              <>
                <h3>{line.title}</h3>
                <p>{line.text}</p>
              </>
            ))}
          </section>
        )}
        <section aria-labelledby="runden">
          <h2 id="runden">Bewerbungsrunden</h2>
          <section class="table-scroll" tabindex={0} aria-label="Tabelle der Bewerbungsrunden">
            <table>
              <thead>
                <tr>
                  <th scope="col">Runde</th>
                  <th scope="col">Bewerbung ab</th>
                  <th scope="col">Frist</th>
                  <th scope="col">Entscheidung</th>
                  <th scope="col">Stand</th>
                </tr>
              </thead>
              <tbody>
                {data.rounds.map((round, index) => (
                  <tr>
                    <th scope="row">{round.title ?? `Runde ${index + 1}`}</th>
                    <td>
                      <time datetime={round.opens}>{formatDateLongDe(round.opens)}</time>
                    </td>
                    <td>
                      <time datetime={round.deadline}>{formatDateLongDe(round.deadline)}</time>
                    </td>
                    <td>{round.decision ? <time datetime={round.decision}>{formatDateLongDe(round.decision)}</time> : "wird bekannt gegeben"}</td>
                    <td>{PHASE_TEXT[roundPhase(round, data.today)]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </section>
        {documents.length > 0 && (
          <section aria-labelledby="unterlagen">
            <h2 id="unterlagen">Unterlagen</h2>
            <ul class="downloads">
              {documents.map((item) => (
                <li>
                  <DownloadLink title={item.data.title} file={item.data.file} facts={data.pdfs[item.data.file]} lang={item.data.language} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {data.faq && data.faq.length > 0 && (
          <section aria-labelledby="fragen">
            <h2 id="fragen">Häufige Fragen</h2>
            {data.faq.map((entry) => (
              <details class="faq">
                <summary>{entry.question}</summary>
                <p>{entry.answer}</p>
              </details>
            ))}
            <JsonLd data={faqJsonLd(data.faq)} />
          </section>
        )}
        {topics.length > 0 && (
          <p class="topics-line">
            Themen:{" "}
            {topics.map((topic, index) => (
              <>
                {index > 0 && ", "}
                <a href={topic.url}>{topic.title}</a>
              </>
            ))}
          </p>
        )}
      </Article>
    </Base>
  );
}
