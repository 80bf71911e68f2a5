/** A content photo with caption and credit: "Marktplatz in Ravensburg. Foto: H. Wollensak" (a stand-in: "Platzhalter für ein Foto von H. Wollensak"). */
import { creditLine } from "../../lib/render/credits.ts";
import type { ColumnLayout, PresetName, ProcessedImage } from "../../lib/render/images.ts";
import { Picture } from "./picture.tsx";

export interface FigureProps {
  image: ProcessedImage;
  preset: PresetName;
  layout?: ColumnLayout | undefined;
  priority?: boolean;
  alt?: string | undefined;
  class?: string;
}

/**
 * The caption line of a photo.
 *
 * @example
 * captionText("Marktplatz in Ravensburg") // => "Marktplatz in Ravensburg."
 */
export function captionText(caption: string): string {
  return /[.!?…]$/.test(caption) ? caption : `${caption}.`;
}

/** Renders a figure; a decorative image (empty alt) gets no caption. */
export function Figure({ image, preset, layout, priority, alt, class: className }: FigureProps) {
  const { caption } = image.credit;
  const decorative = (alt ?? image.credit.alt) === "";
  return (
    <figure class={className ? `figure ${className}` : "figure"}>
      <Picture image={image} preset={preset} layout={layout} priority={priority ?? false} alt={alt} />
      {!decorative && (
        <figcaption>
          {caption ? `${captionText(caption)} ` : ""}
          <span class="credit">{creditLine(image.credit)}</span>
        </figcaption>
      )}
    </figure>
  );
}
