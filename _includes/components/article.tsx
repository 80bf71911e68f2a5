/** The main article of a content page: title, hero, Markdown, extra blocks, page meta. */
import type { ComponentChildren } from "preact";
import { columnLayout, type LayoutData } from "../../lib/render/page-data.ts";
import { printedAddress } from "../../lib/render/print.ts";
import { MarkdownHtml } from "../../lib/render/raw.tsx";
import { Figure } from "./figure.tsx";
import { ColumnLayoutContext } from "./picture.tsx";
import { PageMeta } from "./page-meta.tsx";
import { SampleNote, type SampleWording } from "./sample-note.tsx";

/** How a sample page that does not say otherwise is described. */
const SAMPLE_TEXT: SampleWording = { what: "Dieser Text", claim: "ist noch kein geprüfter Text der SEZ" };

/**
 * Renders the article; `lead` follows the title (a date, the facts of an event), then the note
 * of a sample page (worded by `sample`), `children` follow the Markdown (e.g. topic cards).
 */
export function Article({ data, lead, sample = SAMPLE_TEXT, children }: { data: LayoutData; lead?: ComponentChildren; sample?: SampleWording; children?: ComponentChildren }) {
  return (
    <ColumnLayoutContext.Provider value={columnLayout(data)}>
      <article class="article" data-pagefind-body={data.unlisted ? undefined : ""}>
        <h1 data-pagefind-meta="title">{data.title}</h1>
        {lead}
        <SampleNote sample={data.sample} {...sample} />
        {data.hero && <Figure image={data.photos[data.hero]!} preset="hero" priority class="hero" />}
        <MarkdownHtml markdown={{ html: data.content }} class="prose" />
        {children}
        <PageMeta updated={data.lastUpdated} address={printedAddress(data.site.url, data.page.url)} />
      </article>
    </ColumnLayoutContext.Provider>
  );
}
