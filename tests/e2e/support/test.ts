/**
 * The end-to-end tests' `test`: Playwright's, with a guard on every page a test opens that fails
 * the test on any console error, uncaught exception or Content-Security-Policy violation. A test
 * that provokes an error on purpose (the 404 page's missing resource) lists it in
 * `allowedConsoleErrors`.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleGuard: undefined }>({
  allowedConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ context, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      // The browser reports a blocked script or style as an event on the page; say it out loud.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `Content-Security-Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'an inline resource'}`,
          );
        });
      });
      const watch = (page: Page): void => {
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(undefined);
      expect(
        problems.filter((problem) => !allowedConsoleErrors.some((allowed) => allowed.test(problem))),
        'console errors, uncaught exceptions and CSP violations',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
