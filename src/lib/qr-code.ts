/**
 * QR codes as inline SVG, drawn at build time by the `qrcode` library: no script and nothing
 * fetched, so they show offline, under the Content-Security-Policy and on paper. Dark modules on
 * white in both colour schemes, with the quiet zone scanners need, since many cannot read a code
 * in reverse.
 */
import QRCode from 'qrcode';
import { escapeXml } from './xml.ts';

/**
 * An `<svg>` of the code for `text`, named `label` for assistive technology.
 * @example await qrSvg('https://example.org/', 'QR code: https://example.org/') // '<svg role="img" aria-label="QR code: …" …'
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    margin: 4,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.trim().replace(/^<svg /, `<svg role="img" aria-label="${escapeXml(label)}" class="qr-code" `);
}
