/** Layout of a publication: its facts, the download link with format, size and pages, the cover, the text. */
import { shareImage } from "../../lib/render/page-data.ts";
import type { PublicationFrontMatter } from "../../lib/schemas/publication.ts";
import { Article } from "../components/article.tsx";
import { DownloadLink } from "../components/download-link.tsx";
import { Figure } from "../components/figure.tsx";
import { publicationFactsText } from "../components/publication-facts.tsx";
import { DATE_FIELD } from "../../lib/shared/search-fields.ts";
import { SampleNote } from "../components/sample-note.tsx";
import { Base } from "./base.tsx";
import { articleData, type ContentLayoutData } from "./content-data.ts";

export default function PublicationLayout(data: ContentLayoutData<PublicationFrontMatter>) {
  const article = articleData({ ...data, hero: undefined }, { title: data.title, description: data.description, donationBox: false });
  const trail = [
    { title: "Startseite", url: "/" },
    { title: "Publikationen", url: "/publikationen/" },
    { title: data.title, url: data.page.url },
  ];
  const lead = (
    <>
      <p class="publication-facts" data-pagefind-meta={`${DATE_FIELD}:${data.year}`} data-pagefind-sort={`${DATE_FIELD}:${data.year}`}>
        {publicationFactsText(data)}
      </p>
      <SampleNote sample={data.sample} what="Diese Publikation" claim="ist kein Dokument der SEZ" />
      <p class="publication-description">{data.description}</p>
      <p>
        <DownloadLink title={`${data.title} herunterladen`} file={data.file} facts={data.pdfs[data.file]} lang={data.language} />
      </p>
      {data.cover && <Figure image={data.photos[data.cover]!} preset="hero" class="cover" />}
    </>
  );
  return (
    <Base site={data.site} shareImage={shareImage({ ...article, hero: data.cover })} title={data.title} description={data.description} url={data.page.url} trail={trail}>
      <Article data={article} lead={lead}>
        <p>
          <a href="/publikationen/">Alle Publikationen</a>
        </p>
      </Article>
    </Base>
  );
}
