/** /manifest.webmanifest and /zh-cn/manifest.webmanifest: each language's site as an app to install. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageTag, useTranslations, type Locale } from '../../i18n/index.ts';
import { everyLocale } from '../../lib/locale-paths.ts';
import { getEvent } from '../../lib/queries/event.ts';
import { pathTo, rootFile } from '../../lib/urls.ts';
import { webManifest } from '../../lib/web-manifest.ts';
import { SCHEMES } from '../../styles/tokens.ts';

export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale } }) => {
  const t = useTranslations(locale);
  const event = await getEvent(locale);
  const manifest = webManifest({
    home: pathTo(locale),
    name: event.name,
    shortName: t('site.shortName'),
    description: event.summary,
    languageTag: languageTag(locale),
    // The hero's deep sea for the title bar and the page's own ground for the splash screen;
    // each page's theme-color meta tags give the dark scheme's.
    colours: { theme: SCHEMES.light.hero, background: SCHEMES.light.background },
    iconPath: (name) => rootFile(`icons/${name}`),
  });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
};
