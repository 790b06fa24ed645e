/**
 * The OpenSearch description, so browsers can offer to search this site from the address bar.
 * https://github.com/dewitt/opensearch
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageTag, useTranslations, type Locale } from '../../i18n/index.ts';
import { everyLocale } from '../../lib/locale-paths.ts';
import { fileIn, pathTo } from '../../lib/urls.ts';
import { escapeXml } from '../../lib/xml.ts';

export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ site, props: { locale } }) => {
  const t = useTranslations(locale);
  const origin = site?.href.replace(/\/$/, '') ?? '';
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(t('site.shortName'))}</ShortName>
  <Description>${escapeXml(t('search.intro'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${languageTag(locale)}</Language>
  <Url type="text/html" method="get" template="${origin}${pathTo(locale, 'search')}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${origin}${fileIn(locale, 'opensearch.xml')}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
