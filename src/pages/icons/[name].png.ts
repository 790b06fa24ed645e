/** /icons/<name>.png: the mark as the PNG icons a web app manifest lists, drawn from the same shapes as the favicon. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { markSvg, maskableMarkSvg } from '../../lib/brand-mark.ts';
import { MANIFEST_ICONS } from '../../lib/web-manifest.ts';

export const getStaticPaths = (() =>
  MANIFEST_ICONS.map((icon) => ({ params: { name: icon.name.replace(/\.png$/, '') }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: (typeof MANIFEST_ICONS)[number] }> = async ({ props: { icon } }) => {
  const svg = icon.purpose === 'maskable' ? maskableMarkSvg(icon.size) : markSvg(icon.size);
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
