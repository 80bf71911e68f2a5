/**
 * A spam-protected email address. The HTML holds only the encoded address and a readable
 * form "kimmel(at)sez.de"; `assets/js/email.js` turns it into a mailto link.
 */
import { encodeEmail, readableEmailParts } from "../../lib/shared/format/email.ts";

export interface EmailLinkProps {
  address: string;
  /** Link text if it should not be the address itself. */
  label?: string | undefined;
}

/** Renders the protected address. */
export function EmailLink({ address, label }: EmailLinkProps) {
  const { local, domain } = readableEmailParts(address);
  return (
    <span class="email" data-email={encodeEmail(address)} data-label={label}>
      {label ? `${label}: ` : ""}
      {local}
      <span class="email-at">(at)</span>
      {domain}
    </span>
  );
}
