/**
 * The production parts of `<head>`: the Content-Security-Policy, the inlined CSS it allows
 * by hash, Open Graph, icons, manifest and (on the start page) the organisation's JSON-LD.
 */
import { formatCsp } from "../../lib/hosting/csp.ts";
import { inlineCss, siteCsp } from "../../lib/hosting/site-csp.ts";
import type { ProcessedImage } from "../../lib/render/images.ts";
import { InlineStyle, JsonLd } from "../../lib/render/raw.tsx";
import { ICON_PATHS, PNG_ICONS } from "../../lib/seo/manifest.ts";
import { openGraphTags, ogRendition } from "../../lib/seo/open-graph.ts";
import { organizationJsonLd } from "../../lib/seo/organization.ts";
import type { Site } from "../../lib/schemas/site.ts";

export interface HeadMetaProps {
  site: Site;
  title: string;
  description: string;
  url: string;
  /** The photo a shared link shows: the page's hero, else the site's default photo. */
  image: ProcessedImage;
  /** Shared as an article (news) with these dates. */
  article?: { published: string; modified?: string | undefined } | undefined;
}

/** Renders CSP meta, inline CSS, sharing tags, icons and manifest links. */
export function HeadMeta({ site, title, description, url, image, article }: HeadMetaProps) {
  const css = inlineCss();
  const rendition = ogRendition(image);
  const og = openGraphTags({
    siteName: site.name,
    locale: site.locale,
    url: `${site.url}${url}`,
    title,
    description,
    image: { url: `${site.url}${rendition.url}`, width: rendition.width, height: rendition.height, alt: image.credit.alt },
    article,
  });
  const appleIcon = PNG_ICONS.find((icon) => `/${icon.file}` === ICON_PATHS.apple);
  return (
    <>
      <meta http-equiv="Content-Security-Policy" content={formatCsp(siteCsp(), "meta")} />
      <InlineStyle css={css} />
      <meta name="theme-color" content={site.themeColor} />
      {og.map(([property, content]) => (
        <meta property={property} content={content} />
      ))}
      <meta name="twitter:card" content="summary_large_image" />
      <link rel="icon" href={ICON_PATHS.ico} sizes="32x32" />
      <link rel="icon" href={ICON_PATHS.svg} type="image/svg+xml" />
      <link rel="apple-touch-icon" href={ICON_PATHS.apple} sizes={appleIcon ? `${appleIcon.size}x${appleIcon.size}` : undefined} />
      <link rel="manifest" href={ICON_PATHS.manifest} />
      {url === "/" && <JsonLd data={organizationJsonLd(site, "/icon-512.png")} />}
    </>
  );
}
