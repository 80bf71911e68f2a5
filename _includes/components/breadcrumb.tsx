/** The breadcrumb navigation with its schema.org BreadcrumbList. */
import { breadcrumbJsonLd, type Crumb } from "../../lib/render/breadcrumb.ts";
import { JsonLd } from "../../lib/render/raw.tsx";

/** Renders the trail; the last step is the current page and not a link. */
export function Breadcrumb({ trail, origin }: { trail: readonly Crumb[]; origin: string }) {
  if (trail.length < 2) return null;
  return (
    <nav class="breadcrumb" aria-label="Brotkrumennavigation">
      <div class="container">
        <ol>
          {trail.map((crumb, index) =>
            index === trail.length - 1 ? (
              <li>
                <a href={crumb.url} aria-current="page">
                  {crumb.title}
                </a>
              </li>
            ) : (
              <li>
                <a href={crumb.url}>{crumb.title}</a>
              </li>
            ),
          )}
        </ol>
      </div>
      <JsonLd data={breadcrumbJsonLd(trail, origin)} />
    </nav>
  );
}
