/** A responsive `<picture>`: AVIF, WebP and a JPEG fallback with width and height. */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { fallbackFor, presetFor, srcsetFor, type ColumnLayout, type PresetName, type ProcessedImage } from "../../lib/render/images.ts";

/**
 * The column layout of the page being rendered, provided by `Article`, so cards and
 * figures inside it get `sizes` for the main column's real width without passing it down.
 */
export const ColumnLayoutContext = createContext<ColumnLayout>("sidebar");

export interface PictureProps {
  image: ProcessedImage;
  preset: PresetName;
  /** Whether the page has a sidebar; defaults to the {@link ColumnLayoutContext}. */
  layout?: ColumnLayout | undefined;
  /** The LCP image loads eagerly with high priority; everything else lazily. */
  priority?: boolean;
  /** Overrides the alt text of the credits file for this use. */
  alt?: string | undefined;
  class?: string;
}

/** Renders the picture element for one use of a photo. */
export function Picture({ image, preset, layout, priority = false, alt, class: className }: PictureProps) {
  const pageLayout = useContext(ColumnLayoutContext);
  const p = presetFor(preset, layout ?? pageLayout);
  const fallback = fallbackFor(image, p);
  return (
    <picture class={className}>
      <source type="image/avif" srcset={srcsetFor(image.avif, p)} sizes={p.sizes} />
      <source type="image/webp" srcset={srcsetFor(image.webp, p)} sizes={p.sizes} />
      <img
        src={fallback.url}
        srcset={srcsetFor(image.jpeg, p)}
        sizes={p.sizes}
        width={fallback.width}
        height={fallback.height}
        alt={alt ?? image.credit.alt}
        loading={priority ? "eager" : "lazy"}
        decoding={priority ? undefined : "async"}
        fetchpriority={priority ? "high" : undefined}
      />
    </picture>
  );
}
