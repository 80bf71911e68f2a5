/**
 * The article of a programme or publication page: like `Article`, with a `lead` right below
 * the title (a programme's status, a publication's download), where a visitor looks first.
 */
import type { ComponentChildren } from "preact";
import { columnLayout, type LayoutData } from "../../lib/render/page-data.ts";
import { MarkdownHtml } from "../../lib/render/raw.tsx";
import { Figure } from "./figure.tsx";
import { PageMeta } from "./page-meta.tsx";
import { ColumnLayoutContext } from "./picture.tsx";

/** Renders title, lead, hero, Markdown and `children`. */
export function ContentArticle({ data, lead, children }: { data: LayoutData; lead?: ComponentChildren; children?: ComponentChildren }) {
  return (
    <ColumnLayoutContext.Provider value={columnLayout(data)}>
      <article class="article" data-pagefind-body="">
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
