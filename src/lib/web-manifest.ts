/**
 * The web app manifest of one language's site (W3C Web Application Manifest): what a phone
 * shows when the visitor adds the programme to their home screen, and where it opens. Each
 * language has its own, scoped to its own pages, so the installed app opens in the language it
 * was installed from. Pure: the endpoint passes in the words, the paths and the colours.
 */

export interface ManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png';
  purpose: 'any' | 'maskable';
}

export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: ManifestIcon[];
}

/** The icons every manifest lists: the mark on its tile, and a full-bleed version for masks. */
export const MANIFEST_ICONS = [
  { name: 'mark-192.png', size: 192, purpose: 'any' },
  { name: 'mark-512.png', size: 512, purpose: 'any' },
  { name: 'mark-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/**
 * @param home the language's home page path, e.g. `/zh-cn/` (under the site's base): the app
 *   starts there, and its scope is everything under it
 * @param iconPath where an icon file is, from its name
 * @example webManifest({ home: '/zh-cn/', … }).scope // '/zh-cn/'
 */
export function webManifest(input: {
  home: string;
  name: string;
  shortName: string;
  description: string;
  languageTag: string;
  colours: { theme: string; background: string };
  iconPath: (name: string) => string;
}): WebManifest {
  return {
    // One app per language: the id tells installs apart even if start_url later changes.
    id: input.home,
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: input.languageTag,
    dir: 'ltr',
    start_url: input.home,
    scope: input.home,
    display: 'standalone',
    theme_color: input.colours.theme,
    background_color: input.colours.background,
    icons: MANIFEST_ICONS.map(({ name, size, purpose }) => ({
      src: input.iconPath(name),
      sizes: `${String(size)}x${String(size)}`,
      type: 'image/png',
      purpose,
    })),
  };
}
