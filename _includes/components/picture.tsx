/** A responsive `<picture>`: AVIF, WebP and a JPEG fallback with width and height. */
import { fallbackFor, PRESETS, srcsetFor, type PresetName, type ProcessedImage } from "../../lib/images.ts";

export interface PictureProps {
  image: ProcessedImage;
  preset: PresetName;
  /** The LCP image loads eagerly with high priority; everything else lazily. */
  priority?: boolean;
  /** Overrides the alt text of the credits file for this use. */
  alt?: string | undefined;
  class?: string;
}

/** Renders the picture element for one use of a photo. */
export function Picture({ image, preset, priority = false, alt, class: className }: PictureProps) {
  const p = PRESETS[preset];
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
