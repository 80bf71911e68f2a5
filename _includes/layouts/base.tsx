/**
 * The frame of every page: head, skip link, header, breadcrumb, main with optional sidebar,
 * footer. Page layouts fill `children` (the main content) and `aside`.
 */
import type { ComponentChildren } from "preact";
import { assetUrl } from "../../lib/render/assets.ts";
import type { Crumb } from "../../lib/render/breadcrumb.ts";
import { contactIds, shareImage, type LayoutData } from "../../lib/render/page-data.ts";
import type { ProcessedImage } from "../../lib/render/images.ts";
import type { Site } from "../../lib/schemas/site.ts";
import { Breadcrumb } from "../components/breadcrumb.tsx";
import { HeadMeta } from "../components/head-meta.tsx";
import { SiteFooter } from "../components/site-footer.tsx";
import { SiteHeader } from "../components/site-header.tsx";
import { sidebarFor } from "../components/sidebar.tsx";

export interface BaseProps {
  site: Site;
  title: string;
  description: string;
  url: string;
  trail: readonly Crumb[];
  /** Leave the page out of search engines (404). */
  noindex?: boolean;
  /** The photo shown when the page is shared: its hero, else the site's default. */
  shareImage: ProcessedImage;
  /** Further `<link>` elements of the head: the feed, the previous and next list page. */
  links?: readonly { rel: string; href: string; type?: string; title?: string }[] | undefined;
  /** Shared as an article (news) with these dates. */
  article?: { published: string; modified?: string | undefined } | undefined;
  /** The complete `<aside>` with its label, from `sidebarFor`; it follows main in the DOM. */
  aside?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * The props of `Base` that every Markdown page's layout takes from its data alike: site, share
 * photo, description, address and the sidebar (contacts, donation box unless `donationBox: false`).
 *
 * @example
 * <Base {...pageFrame(data)} title={data.title} trail={trail}>…</Base>
 */
export function pageFrame(data: LayoutData): Pick<BaseProps, "site" | "shareImage" | "description" | "url" | "aside"> {
  return { site: data.site, shareImage: shareImage(data), description: data.description, url: data.page.url, aside: sidebarFor(contactIds(data), data.donationBox ?? true, data) };
}

/**
 * The document title: page title and site short name.
 *
 * @example
 * documentTitle("Kontakt", "SEZ") // => "Kontakt – SEZ"
 */
export function documentTitle(title: string, shortName: string): string {
  return title === shortName ? title : `${title} – ${shortName}`;
}

/** `blocking="render"`, which Preact's types do not know yet (HTML: blocking attributes). */
const RENDER_BLOCKING = { blocking: "render" } as Record<string, string>;

/** Renders the whole document (the TSX extension adds the doctype). */
export function Base({ site, title, description, url, trail, noindex, shareImage, links, article, aside, children }: BaseProps) {
  return (
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle(title, site.shortName)}</title>
        <meta name="description" content={description} />
        {noindex && <meta name="robots" content="noindex" />}
        <link rel="canonical" href={`${site.url}${url}`} />
        <HeadMeta site={site} title={title} description={description} url={url} image={shareImage} article={article} />
        {links?.map((link) => (
          <link rel={link.rel} href={link.href} type={link.type} title={link.title} />
        ))}
        {/*
         * No first paint of a half-read header: a slow or busy phone can paint the page while
         * it still reads the header, with the logo's long name or the search button's label
         * not there yet; when they come, the logo mark (centred beside the name) or the search
         * field moves, a layout shift. Rendering waits until the parser reaches <main>.
         */}
        <link rel="expect" href="#inhalt" {...RENDER_BLOCKING} />
        <link rel="stylesheet" href={assetUrl("print.css")} media="print" />
        <script type="module" src={assetUrl("site.js")} />
      </head>
      <body>
        <a class="skip-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <SiteHeader site={site} url={url} />
        <Breadcrumb trail={trail} origin={site.url} />
        <div class={aside ? "container page-grid" : "container page-grid page-grid--single"}>
          <main id="inhalt" tabindex={-1}>
            {children}
          </main>
          {aside}
        </div>
        <SiteFooter site={site} url={url} />
      </body>
    </html>
  );
}
