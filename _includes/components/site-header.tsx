/**
 * Site header: skip target, logo, the links to Leichte Sprache and Deutsche Gebärdensprache
 * (on every page, as BITV asks), search form (works without JS) and main navigation.
 */
import { navCurrent } from "../../lib/render/breadcrumb.ts";
import type { Site } from "../../lib/schemas/site.ts";

/** The SEZ word mark as inline SVG (no extra request). */
function Logo() {
  return (
    <svg class="logo-mark" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" stroke-width="3" />
      <path d="M4 24h40M24 2c-8 8-8 36 0 44M24 2c8 8 8 36 0 44" fill="none" stroke="currentColor" stroke-width="2.5" />
    </svg>
  );
}

/** Renders the header. `query` pre-fills the search field on the search page. */
export function SiteHeader({ site, url }: { site: Site; url: string }) {
  return (
    <header class="site-header" id="top">
      <div class="container header-inner">
        <a class="logo" href="/">
          <Logo />
          <span class="logo-text">
            <span class="logo-short">{site.shortName}</span>
            <span class="logo-long">{site.name}</span>
          </span>
        </a>
        <nav class="access-nav" aria-label="Leichte Sprache und Gebärdensprache">
          <ul>
            <li>
              <a href="/leichte-sprache/" aria-current={url === "/leichte-sprache/" ? "page" : undefined}>
                Leichte Sprache
              </a>
            </li>
            <li>
              <a href="/gebaerdensprache/" aria-current={url === "/gebaerdensprache/" ? "page" : undefined}>
                Gebärdensprache
              </a>
            </li>
          </ul>
        </nav>
        <form class="header-search" role="search" action="/suche/" method="get" aria-label="Website durchsuchen" data-pagefind-ignore="all">
          <label for="suche-kopf" class="visually-hidden">
            Suchbegriff
          </label>
          <input id="suche-kopf" type="search" name="q" autocomplete="off" placeholder="Suchbegriff" />
          <button type="submit">Suchen</button>
        </form>
        <nav class="main-nav" aria-label="Hauptnavigation">
          <button type="button" class="nav-toggle" aria-expanded="false" aria-controls="hauptmenue" hidden>
            Menü
          </button>
          <ul id="hauptmenue">
            {site.nav.map((link) => (
              <li>
                <a href={link.url} aria-current={navCurrent(link.url, url)} lang={link.lang}>
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
