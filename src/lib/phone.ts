/** Phone numbers shown the same way everywhere, and dialable from a link on any phone. */
import { parsePhoneNumberWithError } from 'libphonenumber-js/min';

/**
 * The number in international form with non-breaking spaces (so it never wraps mid-number),
 * and its `tel:` link. Numbers without a country code are read as Chinese numbers.
 * @example phoneLink('0592 512 3456') // { text: '+86 592 512 3456' (with NBSPs), href: 'tel:+865925123456' }
 */
export function phoneLink(phone: string): { text: string; href: string } {
  let link = links.get(phone);
  if (!link) {
    const parsed = parsePhoneNumberWithError(phone, 'CN');
    link = { text: parsed.formatInternational().replace(/ /g, '\u00a0'), href: parsed.getURI() };
    links.set(phone, link);
  }
  return link;
}

// Parsing a number with its country's rules is slow beside the page around it, and the same hotline is on many pages.
const links = new Map<string, { text: string; href: string }>();
