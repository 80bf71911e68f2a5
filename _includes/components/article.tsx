/** The main article of a content page: title, hero, Markdown, extra blocks, page meta. */
import type { ComponentChildren } from "preact";
import { columnLayout, type LayoutData } from "../../lib/render/page-data.ts";
import { MarkdownHtml } from "../../lib/render/raw.tsx";
import { Figure } from "./figure.tsx";
import { ColumnLayoutContext } from "./picture.tsx";
import { PageMeta } from "./page-meta.tsx";

/** Renders the article; `lead` follows the title (a date, the facts of an event), `children` follow the Markdown (e.g. topic cards). */
export function Article({ data, lead, children }: { data: LayoutData; lead?: ComponentChildren; children?: ComponentChildren }) {
  return (
    <ColumnLayoutContext.Provider value={columnLayout(data)}>
      <article class="article" data-pagefind-body={data.unlisted ? undefined : ""}>
        <h1 data-pagefind-meta="title">{data.title}</h1>
        {lead}
        {data.hero && <Figure image={data.photos[data.hero]!} preset="hero" priority class="hero" />}
        <MarkdownHtml markdown={{ html: data.content }} class="prose" />
        {children}
        <PageMeta updated={data.lastUpdated} />
      </article>
    </ColumnLayoutContext.Provider>
  );
}
