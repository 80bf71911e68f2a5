/** Turns protected addresses (see `lib/shared/format/email.ts`) into mailto links. */

/**
 * Decodes an address token: base64, then reversed.
 *
 * @example
 * decodeToken("ZWQuemVzQGxlbW1paw==") // => "kimmel@sez.de"
 */
export function decodeToken(token: string): string {
  const bytes = Uint8Array.from(atob(token), (c) => c.charCodeAt(0));
  return [...new TextDecoder().decode(bytes)].reverse().join("");
}

/** Replaces every `.email[data-email]` in `root` with a working link. */
export function enhanceEmails(root: Document): void {
  for (const span of root.querySelectorAll<HTMLElement>(".email[data-email]")) {
    const address = decodeToken(span.dataset.email ?? "");
    if (!address.includes("@")) continue;
    const link = root.createElement("a");
    link.href = `mailto:${address}`;
    link.textContent = span.dataset.label ?? address;
    link.className = "email-link";
    span.replaceWith(link);
  }
}
