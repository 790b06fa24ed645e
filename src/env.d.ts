/** What the middleware (src/middleware.ts) puts on `Astro.locals` for every page. */
declare namespace App {
  interface Locals {
    /** The page's language, from its address. */
    locale: import('./i18n/index.ts').Locale;
    /** Its BCP 47 tag, for `lang` and Intl: `en-GB` or `zh-CN`. */
    tag: string;
    /** The page language's dictionary. */
    t: ReturnType<typeof import('./i18n/index.ts').useTranslations>;
  }
}

/** The UI strings browser code needs on every page (src/integrations/client-words.ts). */
declare module 'virtual:client-words' {
  const words: Record<
    import('./i18n/index.ts').Locale,
    Record<(typeof import('./integrations/client-words.ts').CLIENT_WORDS)[number], string>
  >;
  export default words;
}

/** The search interface's words in every language (src/lib/search-labels.ts). */
declare module 'virtual:client-words/search' {
  const words: Record<import('./i18n/index.ts').Locale, import('./lib/search-labels.ts').SearchLabels>;
  export default words;
}
