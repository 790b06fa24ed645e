/**
 * axe-core run straight in the page: its source is put into the document once, and then run
 * as often as a test needs, in one scheme and then the other, without loading the page again.
 * Only violations are collected, which is what the tests read and most of what axe's time goes
 * to otherwise.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 A and AA rules, as axe tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colour. The colour schemes differ only in the custom
 * properties src/styles/tokens.ts writes, so these are all a second scheme can change.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * One line per violation on the current page, naming the rule and the elements, prefixed by
 * `label`; empty when axe finds nothing. `rules` narrows the run to those rules.
 */
export async function axeViolations(page: Page, label: string, rules?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const runOnly = rules ? { type: 'rule' as const, values: [...rules] } : { type: 'tag' as const, values: WCAG_TAGS };
  const violations = await page.evaluate((options) => window.axe.run(document, options).then((results) => results.violations), {
    runOnly,
    resultTypes: ['violations' as const],
  });
  return violations.map((violation) => `${label}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
