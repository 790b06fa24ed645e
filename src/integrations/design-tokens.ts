/**
 * Serves the colour tokens of src/styles/tokens.ts as a stylesheet, `virtual:design-tokens.css`,
 * so the CSS and everything else that draws in the site's colours (social cards, the contrast
 * test) read one source. It is bundled into the site-wide stylesheet like any other CSS.
 */
import type { AstroIntegration } from 'astro';
import { tokensCss } from '../styles/tokens.ts';
import { virtualModule } from './virtual-module.ts';

export function designTokens(): AstroIntegration {
  return virtualModule('virtual:design-tokens.css', tokensCss);
}
