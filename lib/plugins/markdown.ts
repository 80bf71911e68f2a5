/** Markdown: the site's markdown-it, YAML 1.2 front matter, no template language in content. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { EmailLink } from "../../_includes/components/email-link.tsx";
import { Figure } from "../../_includes/components/figure.tsx";
import type { ProcessedImage } from "../render/images.ts";
import { createMarkdown } from "../render/markdown.ts";
import { columnLayoutOfUnknown } from "../render/page-data.ts";
import { takeFrontMatter } from "../validate/yaml.ts";
import { frontMatterEngines } from "../load/front-matter.ts";

/**
 * A photo from the page's data (`env` is what Eleventy hands markdown-it: the page's data,
 * with the cascade's `photos`). The validator has rejected unknown ids before, so a missing
 * one is a bug, not an editor's mistake.
 */
function photoOf(env: unknown, id: string): ProcessedImage {
  const photo = (env as { photos?: Record<string, ProcessedImage> } | undefined)?.photos?.[id];
  if (!photo) throw new Error(`Bild "${id}" fehlt in den Daten der Seite (photos)`);
  return photo;
}

/** Registers the Markdown library and front matter parser. */
export default function markdownPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setLibrary(
    "md",
    createMarkdown({
      figure: (id, alt, env) => renderToString(h(Figure, { image: photoOf(env, id), preset: "content", layout: columnLayoutOfUnknown(env), alt })),
      email: (address, label) => renderToString(h(EmailLink, { address, label })),
    }),
  );
  // The validator has parsed every changed page's front matter already; parse only what it has not.
  // YAML only, parsed as the validator parses it; every other engine (---js runs code) refuses.
  eleventyConfig.setFrontMatterParsingOptions({ engines: frontMatterEngines(takeFrontMatter) });
}
