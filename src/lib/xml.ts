/** Writing XML by hand, safely: every text and attribute value escaped. */

/** Text or an attribute value, with the characters XML gives a meaning escaped. */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `<name attributes>text</name>`, the text and the attributes escaped; attributes in the order given.
 * @example element('link', 'Register', { href: 'https://example.org/?a=1&b=2' }) // '<link href="https://example.org/?a=1&amp;b=2">Register</link>'
 */
export function element(name: string, text: string, attributes: Readonly<Record<string, string>> = {}): string {
  const written = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${written}>${escapeXml(text)}</${name}>`;
}
