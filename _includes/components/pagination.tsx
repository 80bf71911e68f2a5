/** Page links of a paginated list: previous, every page, next; the current page is marked. */

/** Renders the navigation, or nothing for a list of one page. */
export function Pagination({ label, current, urls }: { label: string; current: number; urls: readonly string[] }) {
  if (urls.length < 2) return null;
  const previous = urls[current - 1];
  const next = urls[current + 1];
  return (
    <nav class="pagination" aria-label={label}>
      <ul>
        {previous && (
          <li>
            <a href={previous} rel="prev">
              Neuere Meldungen
            </a>
          </li>
        )}
        {urls.map((url, index) => (
          <li>
            <a href={url} aria-current={index === current ? "page" : undefined} aria-label={`Seite ${index + 1}`}>
              {index + 1}
            </a>
          </li>
        ))}
        {next && (
          <li>
            <a href={next} rel="next">
              Ältere Meldungen
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
