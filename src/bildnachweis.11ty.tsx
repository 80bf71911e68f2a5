/**
 * `/bildnachweis/`: every photo of `_data/images.yaml` with caption, credit, licence and
 * source, and links to the pages that show it. Generated, so it can never miss a photo.
 */
import { Picture } from "../_includes/components/picture.tsx";
import { Base } from "../_includes/layouts/base.tsx";
import { breadcrumbTrail } from "../lib/render/breadcrumb.ts";
import { creditFacts, creditTitle, groupCredits, STAND_IN_ORIGIN } from "../lib/render/credits.ts";
import { usageOfRendered, type ImageRole, type ImageUse, type RenderedPage } from "../lib/render/image-usage.ts";
import type { ProcessedImage } from "../lib/render/images.ts";
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

/** One picture of the list: thumbnail, title, facts and the pages that show it. */
function CreditItem({ image, uses, priority }: { image: ProcessedImage; uses: readonly ImageUse[]; priority: boolean }) {
  const credit: ImageCredit = image.credit;
  return (
    <li class="credits-item" id={`bild-${credit.id}`}>
      <Picture image={image} preset="thumb" priority={priority} class="credits-thumb" />
      <div>
        <h3>{creditTitle(credit)}</h3>
        <dl class="credits-facts">
          {creditFacts(credit).map((fact) => (
            <div>
              <dt>{fact.term}</dt>
              <dd>{fact.link ? <Source source={fact.value} /> : fact.value}</dd>
            </div>
          ))}
          <div>
            <dt>Zu sehen auf</dt>
            <dd>
              <Uses uses={uses} />
            </dd>
          </div>
        </dl>
      </div>
    </li>
  );
}

export default function Bildnachweis({ page, collections, site, topicTree, contactsById, photos: images }: SiteCascade & { page: EleventyPage; collections: { all: RenderedPage[] } }) {
  const usage = usageOfRendered(collections.all, { contacts: contactsById, topics: topicTree, photos: images });
  const { photos, standIns } = groupCredits(Object.values(images).map((image) => ({ ...image.credit, image })));
  return (
    <Base site={site} shareImage={images[site.ogImage]!} title={TITLE} description={data.description} url={page.url} trail={breadcrumbTrail(page.url, TITLE, undefined, topicTree)}>
      <article class="article">
        <h1>{TITLE}</h1>
        <p>Alle Bilder dieser Website: Fotos mit Urheberin oder Urheber, Lizenz und Herkunft, gemalte Platzhalter für noch fehlende Fotos, und auf welchen Seiten sie zu sehen sind.</p>
        <h2>Fotos</h2>
        {photos.length > 0 ? (
          <ul class="credits-list">
            {photos.map((credit, index) => (
              <CreditItem image={credit.image} uses={usage.get(credit.id) ?? []} priority={index === 0} />
            ))}
          </ul>
        ) : (
          <p>Derzeit zeigt die Website keine Fotos, nur Platzhalter.</p>
        )}
        {standIns.length > 0 && (
          <>
            <h2>Platzhalter</h2>
            <p>
              Diese Bilder sind keine Fotos: Sie sind {STAND_IN_ORIGIN} und halten den Platz für Fotos frei, die noch fehlen. Sie zeigen keine echten Personen. Wo ein Originalfoto bekannt ist, steht
              dessen Bildnachweis dabei; einen eigenen Rechtehinweis tragen die Platzhalter nicht.
            </p>
            <ul class="credits-list">
              {standIns.map((credit, index) => (
                <CreditItem image={credit.image} uses={usage.get(credit.id) ?? []} priority={photos.length === 0 && index === 0} />
              ))}
            </ul>
          </>
        )}
      </article>
    </Base>
  );
}
