/**
 * Which 404 page a static host serves for an unknown address. Each language folder has its own
 * (dist/zh-cn/404.html beside dist/404.html), so a visitor who mistypes a Chinese address reads
 * Chinese. Cloudflare Pages looks for the nearest 404.html up the path by itself, as does
 * scripts/serve-static.ts; Netlify needs a rule per folder in `_redirects`.
 */

/**
 * The 404 pages to try for a path, nearest first, ending with the root one.
 * @example notFoundCandidates('/zh-cn/programme/x/') // ['/zh-cn/programme/x/404.html', '/zh-cn/programme/404.html', '/zh-cn/404.html', '/404.html']
 */
export function notFoundCandidates(path: string): string[] {
  // A path without a trailing slash names a file: its folder is where the search starts.
  const folders = path.split('/').slice(1, -1);
  const candidates: string[] = [];
  for (let depth = folders.length; depth >= 0; depth -= 1) {
    candidates.push(`/${[...folders.slice(0, depth), '404.html'].join('/')}`);
  }
  return candidates;
}

/**
 * Netlify's `_redirects`: each folder's unknown addresses answered with its 404 page, status 404.
 * Netlify applies such a rule only where no file matches, so real pages are untouched.
 * @example notFoundRedirects(['zh-cn'], '/') // '/zh-cn/* /zh-cn/404.html 404\n'
 */
export function notFoundRedirects(folders: readonly string[], base = '/'): string {
  return folders.map((folder) => `${base}${folder}/* ${base}${folder}/404.html 404\n`).join('');
}
