/**
 * Sets the page's language once per request, before any page or component runs: `locale`,
 * its BCP 47 `tag` and its `t()` on `Astro.locals`. Pages and components read them from there
 * rather than each working the language out of the address. Runs for every prerendered page
 * and file at build time.
 */
import { defineMiddleware } from 'astro:middleware';
import { languageTag, toLocale, useTranslations } from './i18n/index.ts';

export const onRequest = defineMiddleware((context, next) => {
  const locale = toLocale(context.currentLocale);
  context.locals.locale = locale;
  context.locals.tag = languageTag(locale);
  context.locals.t = useTranslations(locale);
  return next();
});
