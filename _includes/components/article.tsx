/** The main article of a content page: title, hero, Markdown, extra blocks, page meta. */
import type { ComponentChildren } from "preact";
import { siteData } from "../../lib/load/data.ts";
import { lastUpdated } from "../../lib/load/git-dates.ts";
import { getImage } from "../../lib/render/images.ts";
import { columnLayout, type LayoutData } from "../../lib/render/page-data.ts";
import { printedAddress } from "../../lib/render/print.ts";
import { MarkdownHtml } from "../../lib/render/raw.tsx";
import { Figure } from "./figure.tsx";
import { ColumnLayoutContext } from "./picture.tsx";
import { PageMeta } from "./page-meta.tsx";

/** Renders the article; `children` follow the Markdown (e.g. topic cards). */
export function Article({ data, children }: { data: LayoutData; children?: ComponentChildren }) {
  return (
    <ColumnLayoutContext.Provider value={columnLayout(data)}>
      <article class="article" data-pagefind-body={data.unlisted ? undefined : ""}>
        <h1 data-pagefind-meta="title">{data.title}</h1>
        {data.sample && (
          <p class="sample-note" role="note" data-pagefind-ignore>
            Beispieltext: Dieser Text wurde als Beispiel für die neue Website geschrieben und ist noch kein geprüfter Text der SEZ.
          </p>
        )}
        {data.hero && <Figure image={getImage(data.hero)} preset="hero" priority class="hero" />}
        <MarkdownHtml markdown={{ html: data.content }} class="prose" />
        {children}
        <PageMeta updated={lastUpdated(data.page.inputPath, data.updated, process.cwd())} address={printedAddress(siteData().site.url, data.page.url)} />
      </article>
    </ColumnLayoutContext.Provider>
  );
}
