// ESLint flat config: type-checked TypeScript rules, Astro components, and Prettier owning layout.
import { fileURLToPath } from 'node:url';
import eslintPluginAstro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig(
  { ignores: ['dist/', '.dist-staging/', '.dist-previous/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  ...eslintPluginAstro.configs['flat/recommended'],
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, projectService: false, project: './tsconfig.json', tsconfigRootDir: root },
    },
    rules: {
      // Astro templates are parsed as JSX without Astro's JSX types, so every element in a template
      // reads as an "error" type here; the real type check of templates is `astro check`.
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // Plain JavaScript config files are outside the TypeScript project.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.ts', '**/*.astro'],
    rules: {
      // Template literals with numbers are how messages are built here; the numbers are always finite.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // One-line callbacks that perform an action (test edits, event handlers) read best as shorthand.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // The data layers only look down. Helpers in src/lib are pure and know no content; the queries
    // (entries, then each collection's list in a locale) know no page; page data, which pages
    // render, may use both. So no import can close a cycle between them.
    files: ['src/lib/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'astro:content', message: 'Helpers in src/lib are pure: read content in src/lib/queries/.' }],
          patterns: [{ group: ['./queries/*', './page-data/*'], message: 'Helpers in src/lib are pure: pass them what they need.' }],
        },
      ],
    },
  },
  {
    files: ['src/lib/queries/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../page-data/*'], message: 'Queries know no page: page data builds on queries, not the other way.' },
            { group: ['**/components/*', '**/pages/*', '**/layouts/*'], message: 'Queries know no component.' },
          ],
        },
      ],
    },
  },
  prettier,
);
