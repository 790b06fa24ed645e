/**
 * Vitest for the unit and integration tests. `astro:content` exists only inside an Astro build;
 * here it is tests/support/astro-content.ts, so the modules that read content can be unit-tested.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { 'astro:content': fileURLToPath(new URL('../tests/support/astro-content.ts', import.meta.url)) } },
});
