/**
 * `/bildnachweis/`: every photo of `_data/images.yaml` with caption, credit, licence and
 * source, and links to the pages that show it. Generated, so it can never miss a photo.
 */
import { Picture } from "../_includes/components/picture.tsx";
import { Base } from "../_includes/layouts/base.tsx";
import { breadcrumbTrail } from "../lib/render/breadcrumb.ts";
import { usageOfRendered, type ImageRole, type ImageUse, type RenderedPage } from "../lib/render/image-usage.ts";
import type { EleventyPage, SiteCascade } from "../lib/render/page-data.ts";
import type { ImageCredit } from "../lib/schemas/image.ts";

const TITLE = "Bildnachweis";

export const data = {
  layout: false,
  permalink: "/bildnachweis/",
  title: TITLE,
  description: "Bildnachweis der SEZ-Website: alle Fotos mit Urheber, Lizenz und Herkunft und die Seiten, auf denen sie zu sehen sind.",
};

/** How the list names a photo's role on a page. */
const ROLE_LABELS: Record<ImageRole, string> = {
  hero: "Titelbild",
  content: "im Text",
  card: "Themenkarte",
  contact: "Kontaktfoto",
};

/**
 * The heading of a credit: its caption, or its id for a decorative photo without one.
 *
 * @example
 * creditTitle({ id: "startseite", caption: "Landschaft in Baden-Württemberg" }) // => "Landschaft in Baden-Württemberg"
 */
export function creditTitle(credit: Pick<ImageCredit, "id" | "caption">): string {
  return credit.caption ?? credit.id;
}

/** The source line: a link when it is an address, text otherwise. */
function Source({ source }: { source: string }) {
  return /^https?:\/\//.test(source) ? <a href={source}>{source}</a> : <>{source}</>;
}

/** The pages that show a photo, or a note that none does. */
function Uses({ uses }: { uses: readonly ImageUse[] }) {
  if (uses.length === 0) return <>derzeit auf keiner Seite</>;
  return (
    <ul class="credits-uses">
      {uses.map((use) => (
        <li>
          <a href={use.url}>{use.title}</a> ({use.roles.map((r) => ROLE_LABELS[r]).join(", ")})
        </li>
      ))}
    </ul>
  );
}

export default function Bildnachweis({ page, collections, site, topicTree, contactsById, photos }: SiteCascade & { page: EleventyPage; collections: { all: RenderedPage[] } }) {
  const usage = usageOfRendered(collections.all, { contacts: contactsById, topics: topicTree, photos });
  const images = Object.values(photos).sort((a, b) => creditTitle(a.credit).localeCompare(creditTitle(b.credit), "de"));
  return (
    <Base site={site} shareImage={photos[site.ogImage]!} title={TITLE} description={data.description} url={page.url} trail={breadcrumbTrail(page.url, TITLE, undefined, topicTree)}>
      <article class="article">
        <h1>{TITLE}</h1>
        <p>Alle Fotos dieser Website mit Urheberin oder Urheber, Lizenz und Herkunft, und auf welchen Seiten sie zu sehen sind.</p>
        <ul class="credits-list">
          {images.map(({ credit, ...image }, index) => (
            <li class="credits-item" id={`bild-${credit.id}`}>
              <Picture image={{ credit, ...image }} preset="thumb" priority={index === 0} class="credits-thumb" />
              <div>
                <h2>{creditTitle(credit)}</h2>
                <dl class="credits-facts">
                  <div>
                    <dt>Foto</dt>
                    <dd>{credit.credit}</dd>
                  </div>
                  <div>
                    <dt>Lizenz</dt>
                    <dd>{credit.license}</dd>
                  </div>
                  {credit.source && (
                    <div>
                      <dt>Quelle</dt>
                      <dd>
                        <Source source={credit.source} />
                      </dd>
                    </div>
                  )}
                  <div>
                    <dt>Zu sehen auf</dt>
                    <dd>
                      <Uses uses={usage.get(credit.id) ?? []} />
                    </dd>
                  </div>
                </dl>
              </div>
            </li>
          ))}
        </ul>
      </article>
    </Base>
  );
}
