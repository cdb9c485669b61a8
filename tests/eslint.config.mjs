// ESLint settings (flat config), kept under tests/ as the repository's top level is fixed;
// `npm run lint` passes it with --config. Scope: the code and its config, not content/.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'content/', 'public/', 'tests/.tmp/', 'tests/fixtures/', '.astro/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore marks a value taken only to be left out, as in `{ a: _, ...rest }`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // `catch {}` where a failure changes nothing (a browser that blocks storage keeps the system theme).
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Code that runs in the reader's browser, or in one the tests and benchmarks drive (page.evaluate).
    files: ['src/scripts/**', 'src/components/**/*.astro', 'tests/**', 'bench/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests and benchmarks read untyped YAML, JSON and HTML; `any` there is the honest type.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
